/**
 * Columns a text takes on a terminal, for aligning table cells: East Asian
 * wide and fullwidth characters and emoji take two, combining marks and
 * zero-width characters none, everything else one. The text has no control
 * characters (cells pass through visible() first) and no colour codes
 * (colour is added after alignment).
 */
const ZERO = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufe00-\ufe0f]/u;
const WIDE =
  /[\p{Emoji_Presentation}\u1100-\u115f\u2329\u232a\u2e80-\u303e\u3041-\u3247\u3250-\u4dbf\u4e00-\ua4c6\ua960-\ua97c\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6b\uff01-\uff60\uffe0-\uffe6\u{1b000}-\u{1b001}\u{1f200}-\u{1f251}\u{20000}-\u{3fffd}]/u;
/** Latin, Greek, Cyrillic and the like before the combining marks: one column per UTF-16 unit. */
const NARROW_ONLY = /^[\u0000-\u02ff]*$/;

export function textWidth(text: string): number {
  if (NARROW_ONLY.test(text)) return text.length;
  let width = 0;
  for (const c of text) width += ZERO.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
  return width;
}

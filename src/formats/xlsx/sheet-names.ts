/** Excel's limit on a sheet name's length, in UTF-16 units. */
export const MAX_SHEET_NAME = 31;

/**
 * Excel's rules for sheet names: 1 to 31 characters, none of `[ ] : * ? / \`,
 * no apostrophe first or last, unique in the workbook without regard to case,
 * and not `History` (Excel keeps that name for itself). A forbidden
 * character (and a control character) becomes `_`; a name that is too long
 * is cut; an empty one is `Sheet`; a name taken already gets ` (2)`,
 * ` (3)`, … (cut further to fit).
 */
export function sheetNamer(): (wanted: string) => string {
  const taken = new Set<string>(['history']);
  return (wanted) => {
    const base = cut(wanted.replace(/[[\]:*?/\\\u0000-\u001f\u007f]/g, '_').replace(/^'+|'+$/g, ''), MAX_SHEET_NAME) || 'Sheet';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${cut(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  };
}

/** The first `max` UTF-16 units of a text, never half a surrogate pair; no apostrophe left at the end. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end).replace(/'+$/, '');
}

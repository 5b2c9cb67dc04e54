/**
 * Text from the exports made safe to show on a terminal or in a rendered
 * page: C0 and C1 control characters and DEL (ESC sequences can set the
 * window title, clear the screen or hide text) and the bidirectional
 * overrides (which reorder what is shown) become visible escapes such as
 * `\x1b` and `\u202e`. Used for table and markdown cells and for messages on
 * stderr; csv and json carry the data as it is.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** visible() for a message of several lines: its line breaks stay. */
export function visibleLines(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, escapeChar);
}

function escapeChar(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
}

/**
 * Text into SpreadsheetML. XML 1.0 cannot hold most control characters,
 * and a reader folds a carriage return into a line feed. ECMA-376 Part 1
 * (22.9.2.19, ST_Xstring) writes any character as `_xHHHH_`, and Excel and
 * LibreOffice read it back as that character. So a cell keeps every
 * character of the csv's value:
 * - C0 controls other than tab and line feed (carriage return too), and
 *   U+FFFE/U+FFFF, are written `_xHHHH_`;
 * - a text that already holds `_xHHHH_` gets its underscore written
 *   `_x005F_`, so that it is not read as an escape;
 * - a lone surrogate (half of a UTF-16 pair, not a character) becomes
 *   U+FFFD, as in every UTF-8 output of slacheck (the csv's too).
 */
const ESCAPED = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const MARKUP = /[&<>]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Cell text (ST_Xstring) as XML element content. */
export function cellText(text: string): string {
  const safe = text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(ESCAPED, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return safe.replace(MARKUP, (c) => ENTITY[c]!);
}

/** Whether a text needs xml:space="preserve" to keep its leading or trailing white space. */
export function needsPreserve(text: string): boolean {
  return /^\s|\s$/.test(text);
}

const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Plain text (a sheet name, a document title) as XML element or attribute
 * content: characters XML cannot hold are dropped (these names have no
 * escape), markup and quotes are escaped.
 */
export function xmlText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(NOT_XML, '')
    .replace(/[&<>"]/g, (c) => ENTITY[c]!);
}

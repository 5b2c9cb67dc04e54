/**
 * GLPI writes its list cells as HTML text (export-formats.md 6.3): group
 * paths as `_DSI &gt; Service Desk`, apostrophes as `&#039;`, and ids with
 * non-breaking spaces between thousands (`5 732 921`). Read as written,
 * `when: { group: "_DSI > Service Desk" }` matches nothing and a history
 * keyed `5732921` matches no ticket; this turns such a cell into its text.
 */
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,5});/gi;
/** Digits in groups of three with a non-breaking, narrow or thin space between: a number as GLPI shows it. */
const GROUPED_NUMBER = /^\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+$/;

export function htmlCellText(value: string): string {
  const text = value.includes('&') ? value.replace(ENTITY, decodeEntity) : value;
  return GROUPED_NUMBER.test(text) ? text.replace(/[\u00a0\u202f\u2009]/g, '') : text;
}

function decodeEntity(entity: string, body: string): string {
  if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? entity;
  const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

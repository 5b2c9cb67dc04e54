import { fixed2 } from './cells.js';
import type { Cell, ColumnType } from './rows.js';
import { wallClockText } from './wall-clock-text.js';

/**
 * CSV cells (RFC 4180) in three dialects, as data:
 * - `rfc4180`: `,`, decimal points, timestamps ISO 8601 with their offset,
 *   `true`/`false`: for programs.
 * - `excel`: the same for a spreadsheet in an English locale: timestamps as
 *   the agreement zone's wall-clock time (typed as dates) with the offset in
 *   a column beside it, booleans `TRUE`/`FALSE`, and a UTF-8 BOM (Excel reads
 *   a file without one in the PC's code page).
 * - `excel-da`: for a Danish spreadsheet: also `;` between cells (the Danish
 *   list separator), decimal commas (on our own fixed-precision text, never
 *   Intl), and `SAND`/`FALSK`, the words Danish Excel and LibreOffice read as
 *   booleans (LibreOffice in da-DK reads `true` as text; checked by
 *   test/spreadsheet/).
 */
export type CsvDialect = 'rfc4180' | 'excel' | 'excel-da';
export const CSV_DIALECTS: readonly CsvDialect[] = ['rfc4180', 'excel', 'excel-da'];

type DialectRules = {
  delimiter: string;
  decimalComma: boolean;
  bom: boolean;
  wallClock: boolean;
  booleans: readonly [yes: string, no: string];
};

const RULES: Readonly<Record<CsvDialect, DialectRules>> = {
  rfc4180: { delimiter: ',', decimalComma: false, bom: false, wallClock: false, booleans: ['true', 'false'] },
  excel: { delimiter: ',', decimalComma: false, bom: true, wallClock: true, booleans: ['TRUE', 'FALSE'] },
  'excel-da': { delimiter: ';', decimalComma: true, bom: true, wallClock: true, booleans: ['SAND', 'FALSK'] },
};

export function delimiterOf(dialect: CsvDialect): string {
  return RULES[dialect].delimiter;
}

/** A UTF-8 byte order mark before the header: Excel reads the file as UTF-8 only with one. */
export function hasBom(dialect: CsvDialect): boolean {
  return RULES[dialect].bom;
}

/** Timestamps as the zone's wall-clock time, each followed by a `<name>_offset` column. */
export function splitsInstants(dialect: CsvDialect): boolean {
  return RULES[dialect].wallClock;
}

/** The offset cell beside a wall-clock time: `UTC+01:00` (a bare `+01:00` is read as the time 01:00 by spreadsheets). */
export function offsetCell(value: Cell): string {
  if (typeof value !== 'string') return '';
  const parts = wallClockText(value);
  return parts === undefined ? '' : `UTC${parts.offset}`;
}

export function csvCell(value: Cell, type: ColumnType, dialect: CsvDialect): string {
  if (value === null) return '';
  const rules = RULES[dialect];
  if (typeof value === 'boolean') return value ? rules.booleans[0] : rules.booleans[1];
  if (typeof value === 'number') {
    // Numbers are never formula-guarded: -15 must stay a number, not the text '-15.
    const text = type === 'count' ? String(value) : fixed2(value);
    return rules.decimalComma ? text.replace('.', ',') : text;
  }
  if (type === 'instant') return quote(rules.wallClock ? (wallClockText(value)?.local ?? value) : value, rules.delimiter);
  return quote(guardFormula(value), rules.delimiter);
}

/**
 * OWASP CSV injection: a text cell that starts with = + - @ tab or CR could be
 * run as a formula by a spreadsheet; a leading apostrophe makes it plain text.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quoted when it holds the delimiter, a quote or a line break; quotes doubled. */
export function quote(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

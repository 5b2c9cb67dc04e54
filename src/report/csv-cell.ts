import { fixed2 } from './cells.js';
import type { Cell, ColumnType } from './rows.js';

/**
 * CSV cells (RFC 4180). `excel-da` is for Danish Excel: `;` between cells,
 * decimal commas (on our own fixed-precision text, never Intl) and a UTF-8
 * BOM so that Excel reads the file as UTF-8.
 */
export type CsvDialect = 'rfc4180' | 'excel-da';
export const CSV_DIALECTS: readonly CsvDialect[] = ['rfc4180', 'excel-da'];

export function delimiterOf(dialect: CsvDialect): string {
  return dialect === 'excel-da' ? ';' : ',';
}

export function csvCell(value: Cell, type: ColumnType, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    // Numbers are never formula-guarded: -15 must stay a number, not the text '-15.
    const text = type === 'count' ? String(value) : fixed2(value);
    return dialect === 'excel-da' ? text.replace('.', ',') : text;
  }
  return quote(type === 'instant' ? value : guardFormula(value), delimiterOf(dialect));
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

import type { CsvError } from 'csv-parse';
import { problem, type Problem } from '../../problem.js';
import { FileRejected } from './file-error.js';

/**
 * What makes a file unreadable as CSV: it is JSON or HTML, csv-parse cannot
 * read it (a quote that never closes), or it breaks a size limit.
 *
 * Size limits of one export (issue 8), checked while it is read so that a
 * hostile or broken file stops early with little memory, never with V8 out
 * of memory: a field over 1 MB (no helpdesk writes one; a quote that never
 * closes, or a file that is not CSV at all, does), and a row of more cells
 * than any spreadsheet has.
 */
export const MAX_FIELD_BYTES = 1024 * 1024;
/** Excel's limit is 16,384 columns. */
export const MAX_CELLS = 100_000;

const HINT = 'no helpdesk writes such a field; a quote that never closes makes the rest of the file one field: look for a cell with an odd number of double quotes';

/** The field and record csv-parse is still collecting, checked once per slice (never per character). */
export function checkPending(file: string, line: number, state: { field: { length: number }; record: unknown[] }): void {
  if (state.field.length > MAX_FIELD_BYTES) throw fieldTooLong(file, line, state.record.length + 1);
  if (state.record.length > MAX_CELLS) throw tooManyCells(file, line);
}

/** A finished record whose bytes exceed the field limit: is one of its fields longer? (Rare: only big records are looked at.) */
export function checkRecord(file: string, line: number, record: readonly string[]): void {
  if (record.length > MAX_CELLS) throw tooManyCells(file, line);
  const k = record.findIndex((cell) => cell.length * 3 > MAX_FIELD_BYTES && Buffer.byteLength(cell) > MAX_FIELD_BYTES);
  if (k >= 0) throw fieldTooLong(file, line, k + 1);
}

function fieldTooLong(file: string, line: number, column: number): FileRejected {
  return new FileRejected(problem('tickets.field-too-long', 'error', `field ${column} of the row is longer than 1 MB: is this a CSV export?`, { file, line }, HINT));
}

function tooManyCells(file: string, line: number): FileRejected {
  return new FileRejected(problem('tickets.too-many-cells', 'error', 'the row has more than 100,000 cells: is this a CSV export?', { file, line }, 'check the delimiter, or pass --delimiter'));
}

/** A JSON or HTML file given as an export. */
export function rejectNotCsv(file: string, sample: string): void {
  const start = sample.trimStart()[0];
  const kind = start === '{' || start === '[' ? 'JSON' : start === '<' ? 'HTML or XML' : undefined;
  if (kind !== undefined) {
    throw new FileRejected(problem('tickets.not-csv', 'error', `this looks like ${kind}, not a CSV export`, { file, line: 1 }, 'export the tickets as CSV (comma, semicolon, tab or | separated, with a header row)'));
  }
}

/** csv-parse's error for the whole file, or the quote that never closed. */
export function csvProblem(file: string, unclosedAt: number | undefined, lines: number, error: CsvError | undefined): Problem {
  const at = unclosedAt ?? (error as { lines?: number } | undefined)?.lines ?? lines;
  const unclosed = unclosedAt !== undefined || error?.code === 'CSV_QUOTE_NOT_CLOSED';
  return problem(
    unclosed ? 'tickets.unclosed-quote' : 'tickets.bad-csv',
    'error',
    unclosed ? `the quoted field that opens on line ${at} is never closed` : `cannot read the CSV: ${error?.message ?? ''}`,
    { file, line: at },
    unclosed ? 'look for a cell with an odd number of double quotes' : 'check the delimiter and quoting, or pass --delimiter',
  );
}

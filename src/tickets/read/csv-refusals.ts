import { problem } from '../../problem.js';
import { FileRejected } from './file-error.js';

/**
 * What makes a file unreadable as CSV: it is JSON or HTML, a quote never
 * closes, or it breaks a size limit.
 *
 * Size limits of one export, checked while it is read so that a
 * hostile or broken file stops early with little memory, never with V8 out
 * of memory: a field over 1 MB (no helpdesk writes one; a quote that never
 * closes, or a file that is not CSV at all, does), and a row of more cells
 * than any spreadsheet has.
 */
export const MAX_FIELD_BYTES = 1024 * 1024;
/** Excel's limit is 16,384 columns. */
export const MAX_CELLS = 100_000;

const HINT =
  'no helpdesk writes such a field; a quote that never closes makes the rest of the file one field: look for a cell with an odd number of double quotes';

export function fieldTooLong(file: string, line: number, column: number): FileRejected {
  return new FileRejected(
    problem(
      'tickets.field-too-long',
      'error',
      `field ${column} of the row is longer than 1 MB: is this a CSV export?`,
      { file, line },
      HINT,
    ),
  );
}

export function tooManyCells(file: string, line: number): FileRejected {
  return new FileRejected(
    problem(
      'tickets.too-many-cells',
      'error',
      'the row has more than 100,000 cells: is this a CSV export?',
      { file, line },
      'check the delimiter, or pass --delimiter',
    ),
  );
}

/** A JSON or HTML file given as an export. */
export function rejectNotCsv(file: string, sample: string): void {
  const start = sample.trimStart()[0];
  const kind = start === '{' || start === '[' ? 'JSON' : start === '<' ? 'HTML or XML' : undefined;
  if (kind !== undefined) {
    throw new FileRejected(
      problem(
        'tickets.not-csv',
        'error',
        `this looks like ${kind}, not a CSV export`,
        { file, line: 1 },
        'export the tickets as CSV (comma, semicolon, tab or | separated, with a header row)',
      ),
    );
  }
}

/** The file ended inside a quoted field: it swallowed the rest of the file. `line`: where the record with that field starts. */
export function unclosedQuote(file: string, line: number): FileRejected {
  return new FileRejected(
    problem(
      'tickets.unclosed-quote',
      'error',
      `the quoted field that opens on line ${line} is never closed`,
      { file, line },
      'look for a cell with an odd number of double quotes',
    ),
  );
}

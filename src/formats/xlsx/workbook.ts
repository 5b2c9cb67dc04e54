/**
 * What the XLSX writer writes: a neutral workbook of sheets, each a header
 * row and typed columns, knowing nothing of slacheck's documents (the
 * adapter in tables-to-workbook.ts maps those onto it).
 *
 * Cell values by column type (null is an empty cell in every type):
 * - `text`: a string, formula-guarded as the csv output guards it;
 * - `integer`: a whole number (counts);
 * - `number`: any finite number;
 * - `minutes`: a duration as a number of minutes, written as that number;
 * - `percent`: a number in percent, 0-100 as the documents and the csv carry
 *   it (93.33); the writer divides by 100 once, on the decimal text, and
 *   the cell shows `0.00%` (0.9333 -> 93.33%);
 * - `date-time`: an Instant (epoch ms), written as an Excel serial date of
 *   the local wall-clock time in `zone` (the agreement's zone);
 * - `utc-offset`: an Instant, written as the text of `zone`'s offset at that
 *   instant (`+02:00`): beside a `date-time` column it keeps the one fact a
 *   local time loses (which of the two 02:30 of an autumn night);
 * - `boolean`: true or false, an Excel boolean cell.
 */
export type CellType =
  | { kind: 'text' }
  | { kind: 'integer' }
  | { kind: 'number' }
  | { kind: 'minutes' }
  | { kind: 'percent' }
  | { kind: 'date-time'; zone: string }
  | { kind: 'utc-offset'; zone: string }
  | { kind: 'boolean' };

export type SheetCell = string | number | boolean | null;

export type SheetColumn = { header: string; type: CellType };

/**
 * Rows are read once, in order, as they come (a million rows are never held
 * at once); a row has a cell per column. `name` is made an Excel sheet name
 * by the writer (sheet-names.ts).
 */
export type Sheet = {
  name: string;
  columns: readonly SheetColumn[];
  rows: Iterable<readonly SheetCell[]> | AsyncIterable<readonly SheetCell[]>;
};

/** `title`: the document's title property (what the file is about); no dates or names from the machine. */
export type Workbook = { title?: string; sheets: readonly Sheet[] };

/** Where the file's bytes go, chunk by chunk; a returned promise is waited for before the next chunk (backpressure). */
export type ByteSink = (chunk: Uint8Array) => void | Promise<void>;

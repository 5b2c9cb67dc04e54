import { problem, type Problem } from '../../problem.js';

/**
 * What a CSV reader knows when a file ends: the facts a cut-off export shows
 * (`head -c 20000` of a 157-row export reads as 48 rows, every goal
 * met). Any reader can supply them; csv-rows.ts and read-file.ts do today.
 *
 * A file that ends inside a quoted cell is not among them: the reader refuses
 * it itself (`tickets.unclosed-quote`), because from the bytes a cell cut off
 * and a quote that is never closed (which swallows the rest of the file) are
 * the same thing.
 */
export type FileEnd = {
  /** Cells in the header row. */
  headerCells: number;
  /** The last data record: the line it starts on and how many cells it has; absent when the file has no data row. */
  lastRecord?: { line: number; cells: number };
  /** The file's last byte ends a line (`\n` or `\r`). */
  endsWithLineEnd: boolean;
};

/**
 * A warning that the file looks truncated (`--strict` makes it an error),
 * or undefined. Signs, for a file with a data row:
 * - the last row has fewer cells than the header (cut in an earlier cell);
 * - the file does not end with a line end (cut in the last cell). The rows
 *   before the last end with one, so a whole export ends with one too.
 * A header alone is not judged: `tickets.no-rows` speaks for it.
 */
export function truncatedFile(file: string, end: FileEnd): Problem | undefined {
  const last = end.lastRecord;
  if (last === undefined) return undefined;
  const short = last.cells < end.headerCells;
  if (!short && end.endsWithLineEnd) return undefined;
  const signs = [
    ...(short ? [`its last row (line ${last.line}) has ${last.cells} of the header's ${end.headerCells} cells`] : []),
    ...(end.endsWithLineEnd ? [] : ['it ends without a line end']),
  ];
  return problem(
    'tickets.truncated-file',
    'warning',
    `the file looks truncated: ${signs.join(', and ')}; the rows are read as they are`,
    { file, line: last.line },
    short
      ? 'export the file again: a copy or a download cut off midway loses the rows after the cut'
      : 'export the file again: a copy or a download cut off midway loses the rows after the cut; if the file is whole (its tool writes no final line end), add one: echo >> FILE',
  );
}

import { problem, type Problem } from '../../problem.js';
import { csvBatches } from './csv-rows.js';
import { utf8Chunks } from './decode.js';
import { FileRejected } from './file-error.js';
import { duplicateHeaders, readHeaders, type Headers } from './headers.js';
import { rejectRow } from '../problems.js';
import { oddRow } from './row-checks.js';
import { truncatedFile } from './truncation.js';
import { findColumn } from '../columns/column-plan.js';
import type { Settings } from '../import-settings.js';
import type { RunState } from '../run-state.js';
import { fileTimes, type FileDates, type FileTimes } from '../timestamps/file-times.js';
import type { Source } from '../types.js';

/**
 * One export file, start to end: decode, parse, header, then each data row to
 * the handler the header chose. While `auto` is still deciding a date format,
 * rows wait (in memory) until their timestamp columns have shown enough
 * values; the common case decides on the first rows.
 */
export type RowHandler = (row: readonly string[], line: number, rowNumber: number) => void;

/** What a file's header decides: which columns hold timestamps, and how rows are handled once times can be read. */
export type FileSetup = {
  timeColumns: readonly number[];
  headerOf(column: number): string;
  start(times: FileTimes): RowHandler;
  dates?: FileDates;
};

/**
 * Rows handed on so far (to the handler, or rejected as unreadable): kept up to
 * date batch by batch, so that a file refused halfway (a field over 1 MB, a
 * gzip bomb) still accounts for the rows it already gave (ImportCounts).
 */
export type Handled = { rows: number; rejected: number };

export async function readFile(
  source: Source,
  run: RunState,
  problems: Problem[],
  setup: (headers: Headers) => FileSetup,
  handled: Handled = { rows: 0, rejected: 0 },
): Promise<Handled> {
  const file = source.name;
  const { settings } = run;
  let rows = 0;
  let rejected = 0;
  let chosen: FileSetup | undefined;
  let times: FileTimes | undefined;
  let handle: RowHandler | undefined;
  // The header row's cells: a data row with more or fewer is looked at (row-checks.ts).
  let header: string[] = [];
  let width = 0;
  // The last data record and how the file ended: truncation.ts judges them.
  let last: { line: number; cells: number } | undefined;
  let endsWithLineEnd = true;
  const pending: [readonly string[], number, number][] = [];
  const flush = (): void => {
    for (const [row, line, n] of pending) handle!(row, line, n);
    pending.length = 0;
  };
  const onSkip = (line: number, message: string): void => {
    rows++;
    rejected++;
    problems.push(rejectRow('tickets.bad-row', file, line, rows, undefined, `cannot read the row: ${message}`));
  };
  const chunks = utf8Chunks(file, source.chunks, settings.encoding, (p) => problems.push(p));
  for await (const batch of csvBatches(file, chunks, settings.delimiter, onSkip, settings.preset.unquotedTabs === true)) {
    let i = 0;
    if (chosen === undefined && batch.rows.length > 0) {
      header = batch.rows[0]!;
      if (batch.nul) oddRow(file, header, batch.lines[0]!, 0, header, problems);
      const headers = readHeaders(header);
      const duplicates = duplicateHeaders(file, headers, listHeaders(headers, settings));
      if (duplicates !== undefined) problems.push(duplicates);
      chosen = setup(headers);
      width = header.length;
      times = fileTimes(chosen.dates?.setting ?? settings.dates, run.clock, chosen.timeColumns, chosen.dates);
      handle = chosen.start(times);
      i = 1;
    }
    const odd = batch.nul;
    const start = i;
    for (; i < batch.rows.length && times!.detecting; i++) {
      const row = batch.rows[i]!;
      rows++;
      if (odd || row.length !== width) oddRow(file, row, batch.lines[i]!, rows, header, problems);
      for (const c of chosen!.timeColumns) {
        const value = run.clean(row[c]);
        if (value !== undefined) times!.observe(c, value);
      }
      pending.push([row, batch.lines[i]!, rows]);
      if (!times!.detecting) flush();
    }
    // The hot loop: every row once the formats are known.
    for (; i < batch.rows.length; i++) {
      const row = batch.rows[i]!;
      const line = batch.lines[i]!;
      rows++;
      if (odd || row.length !== width) oddRow(file, row, line, rows, header, problems);
      handle!(row, line, rows);
    }
    const n = batch.rows.length;
    if (n > start) last = { line: batch.lines[n - 1]!, cells: batch.rows[n - 1]!.length };
    if (batch.end !== undefined) endsWithLineEnd = batch.end.finalLineEnd;
    handled.rows = rows - pending.length;
    handled.rejected = rejected;
  }
  if (chosen === undefined)
    throw new FileRejected(
      problem(
        'tickets.empty-file',
        'error',
        'the file is empty',
        { file },
        'export the tickets again; a CSV export starts with a header row',
      ),
    );
  if (rows === 0) {
    // A queue with no tickets that month is not an error; the other files are still read.
    problems.push(
      problem(
        'tickets.no-rows',
        'warning',
        'the file has a header but no rows: nothing is read from it',
        { file, line: 1 },
        "if rows were expected, check the export's filter or period",
      ),
    );
    return handled;
  }
  if (times!.detecting) {
    const { ambiguous, column } = times!.settle();
    if (ambiguous !== undefined) {
      throw new FileRejected(
        problem(
          'tickets.ambiguous-date-format',
          'error',
          `cannot tell whether dates are day-first or month-first: "${ambiguous}" in column "${headerName(chosen, column)}" reads both ways`,
          { file },
          `set ${chosen.dates?.key ?? 'input.date_format'} in the SLA file${chosen.dates?.key === undefined ? ' or pass --date-format' : ''} (e.g. dd/MM/yyyy HH:mm or MM/dd/yyyy HH:mm)`,
        ),
      );
    }
    flush();
  }
  const cut = truncatedFile(file, { headerCells: width, endsWithLineEnd, ...(last === undefined ? {} : { lastRecord: last }) });
  if (cut !== undefined) problems.push(cut);
  handled.rows = rows;
  return handled;
}

/**
 * readFile for a caller that counts the rows its handler accepts: the file's
 * rows and rejected rows (`rows - accepted()`) are added to `tally`, also when
 * the file is refused halfway.
 */
export async function readCounted(
  source: Source,
  run: RunState,
  problems: Problem[],
  setup: (headers: Headers) => FileSetup,
  tally: Handled,
  accepted: () => number,
): Promise<Handled> {
  const handled: Handled = { rows: 0, rejected: 0 };
  try {
    return await readFile(source, run, problems, setup, handled);
  } finally {
    tally.rows += handled.rows;
    tally.rejected += handled.rows - accepted();
  }
}

function headerName(setup: FileSetup, column: number | undefined): string {
  return column === undefined ? '?' : setup.headerOf(column);
}

/** The headers of the fields read as lists (`report --by`): each of their columns is read. */
function listHeaders(headers: Headers, settings: Settings): string[] {
  return settings.listFields.flatMap((field) => {
    const { index } = findColumn(field, headers, settings.columns, settings.preset.columns);
    return index < 0 ? [] : [headers.names[index]!];
  });
}

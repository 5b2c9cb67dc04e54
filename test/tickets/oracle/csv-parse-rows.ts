import { parse, type CsvError } from 'csv-parse';
import { problem, type Problem } from '../../../src/problem.js';
import { fieldTooLong, MAX_CELLS, MAX_FIELD_BYTES, tooManyCells } from '../../../src/tickets/read/csv-refusals.js';
import type { RowBatch, SkipHandler } from '../../../src/tickets/read/csv-rows.js';
import { fileStart } from '../../../src/tickets/read/file-start.js';
import { FileRejected } from '../../../src/tickets/read/file-error.js';

/**
 * The differential oracle: csvBatches as the import read CSV until issue 21,
 * through csv-parse (relax_quotes, relax_column_count, skip_empty_lines),
 * driven through its transform API directly so that each record's line can
 * be read synchronously as it is pushed. The tokenizer must read every file
 * as this does (test/tickets/tokenizer-differential.test.ts).
 *
 * `\n`, `\r\n` and `\r` each end a record anywhere in the file (issue 8: a
 * Windows export with Unix rows appended is one file, not one long row).
 *
 * Four changes from the import's old code, made to the tokenizer too: a
 * refusal names the line the record starts on also after empty lines; a
 * record of more than MAX_CELLS cells is refused wherever the slices fall;
 * an unclosed quote over 1 MB is a field over 1 MB; the last batch (with
 * the rows before an unclosed quote) is handed on before the refusal.
 */

export type Api = {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): CsvError | undefined;
  info: { lines: number; empty_lines: number; bytes: number };
  state: { field: { length: number }; record: unknown[]; recordDelimiterMaxLength: number };
  options: { record_delimiter: Buffer[] };
};

/**
 * Record ends. csv-parse compares every character with each record
 * delimiter, and three of them cost it about a tenth more time than one. So a
 * file is parsed with `\n` alone until a slice holds a `\r` (one native scan
 * per 64 kB slice), and with all three from that slice on, longest first so
 * that `\r\n` is one line end, not two. csv-parse reads the list anew at each
 * call, and the switch happens before the slice with the `\r` is parsed.
 */
const LF = [Buffer.from('\n')];
const ALL_LINE_ENDS = [Buffer.from('\r\n'), Buffer.from('\n'), Buffer.from('\r')];

/** Peek at the start of the file (for the delimiter), then parse everything. */
export async function* csvParseBatches(
  file: string,
  chunks: AsyncIterable<Buffer>,
  delimiter: string | undefined,
  onSkip: SkipHandler,
  unquotedTabs = false,
): AsyncGenerator<RowBatch> {
  const iterator = chunks[Symbol.asyncIterator]();
  let parser: Parser | undefined;
  // A limit hit while reading (a gzip bomb) names the line being read.
  const next = async (): Promise<IteratorResult<Buffer>> => {
    try {
      return await iterator.next();
    } catch (error) {
      if (error instanceof FileRejected && parser !== undefined && error.problem.where.line === undefined) {
        throw new FileRejected({ ...error.problem, where: { ...error.problem.where, line: (parser?.lastLine ?? 0) + 1 } });
      }
      throw error;
    }
  };
  const { head, done, chosen } = await fileStart(file, next, delimiter);
  parser = createParser(chosen, onSkip, unquotedTabs && chosen === '\t');
  for (const chunk of head) yield* slices(file, parser, chunk);
  while (!done) {
    const chunk = await next();
    if (chunk.done === true) break;
    yield* slices(file, parser, chunk.value);
  }
  const last = parseChunk(file, parser, undefined, true);
  const insideQuotes = parser.unclosedAt !== undefined;
  const lastByte = parser.lastByte;
  last.end = {
    insideQuotes,
    finalLineEnd: !insideQuotes && parser.lastRecord !== undefined && (lastByte === 10 || lastByte === 13),
    lastLine: parser.unclosedAt ?? parser.lastRecord,
  };
  yield last;
  if (parser.error !== undefined) throw new FileRejected(parser.error);
}

/**
 * A chunk in 64 kB slices: each batch of rows is handled before the next is
 * parsed, so rows die young instead of surviving into the old generation
 * (a 1 MB chunk holds ~10,000 rows; this keeps peak memory down).
 */
const SLICE = 64 * 1024;

function* slices(file: string, parser: Parser, chunk: Buffer): Generator<RowBatch> {
  for (let at = 0; at < chunk.length; at += SLICE) yield parseChunk(file, parser, chunk.subarray(at, at + SLICE), false);
}

/**
 * Line bookkeeping: `lastLine` is the line the previous record ended on.
 * csv-parse counts a `\r\n` inside a quoted field as two lines; `overcount`
 * is what it has counted too many so far.
 */
export type Parser = {
  api: Api;
  lastLine: number;
  lastEmpty: number;
  lastBytes: number;
  overcount: number;
  nul: boolean;
  cr: boolean;
  onSkip: SkipHandler;
  unclosedAt?: number;
  lastRecord?: number;
  lastByte?: number;
  error?: Problem;
};

function createParser(delimiter: string, onSkip: SkipHandler, unquoted: boolean): Parser {
  const state: Parser = {
    api: undefined as unknown as Api,
    lastLine: 0,
    lastEmpty: 0,
    lastBytes: 0,
    overcount: 0,
    nul: false,
    cr: false,
    onSkip,
  };
  const stream = parse({
    delimiter,
    // Request Tracker's TSV (Preset.unquotedTabs): every `"` is text.
    ...(unquoted ? { quote: null } : {}),
    record_delimiter: LF,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      // An unclosed quote swallows the rest of the file: that is a file error, not one bad row.
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') {
        state.unclosedAt = nextLine(state);
        return;
      }
      onSkip(nextLine(state), `${error?.message ?? 'unreadable record'}`.replace(/^Invalid [^:]*: /, ''));
      state.lastLine = state.api.info.lines - state.overcount;
      state.lastEmpty = state.api.info.empty_lines;
      state.lastBytes = state.api.info.bytes;
    },
  });
  // The stream's transform API (csv-parse's own Parser is a thin wrapper over it).
  state.api = (stream as unknown as { api: Api }).api;
  return state;
}

function parseChunk(file: string, parser: Parser, chunk: Buffer | undefined, end: boolean): RowBatch {
  const rows: string[][] = [];
  const lines: number[] = [];
  const { api } = parser;
  // One native scan each per slice; rows are searched for the NUL only in files that have one.
  if (!parser.nul && chunk !== undefined && chunk.indexOf(0) !== -1) parser.nul = true;
  if (chunk !== undefined && chunk.length > 0) parser.lastByte = chunk[chunk.length - 1];
  if (!parser.cr && chunk !== undefined && chunk.indexOf(13) !== -1) {
    parser.cr = true;
    api.options.record_delimiter = ALL_LINE_ENDS;
    api.state.recordDelimiterMaxLength = 2;
  }
  const error = api.parse(
    chunk,
    end,
    (record) => {
      // info.lines is the line the record ends on; it starts after the previous record and any skipped empty lines.
      const info = api.info;
      const first = parser.lastLine + 1 + (info.empty_lines - parser.lastEmpty);
      if (info.lines - parser.overcount - first > 0) parser.overcount += quotedCrlfs(record);
      if (info.bytes - parser.lastBytes > MAX_FIELD_BYTES || record.length > MAX_CELLS) checkRecord(file, first, record);
      lines.push(first);
      parser.lastRecord = first;
      parser.lastLine = info.lines - parser.overcount;
      parser.lastEmpty = info.empty_lines;
      parser.lastBytes = info.bytes;
      rows.push(record);
    },
    () => undefined,
  );
  if (error !== undefined) throw new FileRejected(csvProblem(file, undefined, api.info.lines, error));
  checkPending(file, nextLine(parser), api.state);
  if (parser.unclosedAt !== undefined) parser.error = csvProblem(file, parser.unclosedAt, api.info.lines, undefined);
  return { rows, lines, nul: parser.nul };
}

/** The line the record after the last one starts on (past the empty lines since). */
function nextLine(parser: Parser): number {
  return parser.lastLine + 1 + (parser.api.info.empty_lines - parser.lastEmpty);
}

/** The field and record csv-parse is still collecting, checked once per slice (never per character). */
function checkPending(file: string, line: number, state: { field: { length: number }; record: unknown[] }): void {
  if (state.field.length > MAX_FIELD_BYTES) throw fieldTooLong(file, line, state.record.length + 1);
  if (state.record.length > MAX_CELLS) throw tooManyCells(file, line);
}

/** A finished record whose bytes exceed the field limit: is one of its fields longer? (Rare: only big records are looked at.) */
function checkRecord(file: string, line: number, record: readonly string[]): void {
  if (record.length > MAX_CELLS) throw tooManyCells(file, line);
  const k = record.findIndex((cell) => cell.length * 3 > MAX_FIELD_BYTES && Buffer.byteLength(cell) > MAX_FIELD_BYTES);
  if (k >= 0) throw fieldTooLong(file, line, k + 1);
}

/** csv-parse's error for the whole file, or the quote that never closed. */
function csvProblem(file: string, unclosedAt: number | undefined, lines: number, error: CsvError | undefined): Problem {
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

/** `\r\n` pairs inside the cells of a record that spans lines (rare: only then is this scan made). */
function quotedCrlfs(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) for (let i = cell.indexOf('\r\n'); i !== -1; i = cell.indexOf('\r\n', i + 2)) n++;
  return n;
}

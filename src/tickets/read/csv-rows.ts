import { parse, type CsvError } from 'csv-parse';
import { problem } from '../../problem.js';
import { checkPending, checkRecord, csvProblem, MAX_FIELD_BYTES, rejectNotCsv } from './csv-refusals.js';
import { FileRejected } from './file-error.js';
import { sniffDelimiter } from './sniff-delimiter.js';

/**
 * UTF-8 bytes of one export -> batches of records (arrays of cells, never
 * objects: a million rows) with the 1-based line each record starts on.
 * csv-parse does the CSV; it is driven through its transform API directly so
 * that each record's line can be read synchronously as it is pushed.
 *
 * `\n`, `\r\n` and `\r` each end a record anywhere in the file (issue 8: a
 * Windows export with Unix rows appended is one file, not one long row).
 */
export type RowBatch = {
  rows: string[][];
  lines: number[];
  /** A NUL byte has been seen in this file up to here: the caller looks for it in the rows. */
  nul: boolean;
  /** Set on the last batch of a file: its last byte ends a line (a fact for truncation.ts). */
  endsWithLineEnd?: boolean;
};

/** Called for a record csv-parse could not read (a stray quote); the rest of the file goes on. */
export type SkipHandler = (line: number, message: string) => void;

export type Api = {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): CsvError | undefined;
  info: { lines: number; empty_lines: number; bytes: number };
  state: { field: { length: number }; record: unknown[]; recordDelimiterMaxLength: number };
  options: { record_delimiter: Buffer[] };
};

const SNIFF_BYTES = 64 * 1024;
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
export async function* csvBatches(
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
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const chunk = await next();
    if (chunk.done === true) {
      done = true;
      break;
    }
    head.push(chunk.value);
    size += chunk.value.length;
  }
  const sample = Buffer.concat(head).toString('utf8');
  if (sample.trim() === '') throw new FileRejected(problem('tickets.empty-file', 'error', 'the file is empty', { file }, 'export the tickets again; a CSV export starts with a header row'));
  rejectNotCsv(file, sample);
  const chosen = delimiter ?? sniffDelimiter(sample, done);
  parser = createParser(chosen, onSkip, unquotedTabs && chosen === '\t');
  for (const chunk of head) yield* slices(file, parser, chunk);
  while (!done) {
    const chunk = await next();
    if (chunk.done === true) break;
    yield* slices(file, parser, chunk.value);
  }
  yield parseChunk(file, parser, undefined, true);
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
export type Parser = { api: Api; lastLine: number; lastEmpty: number; lastBytes: number; overcount: number; nul: boolean; cr: boolean; onSkip: SkipHandler; unclosedAt?: number; lastByte?: number };

function createParser(delimiter: string, onSkip: SkipHandler, unquoted: boolean): Parser {
  const state: Parser = { api: undefined as unknown as Api, lastLine: 0, lastEmpty: 0, lastBytes: 0, overcount: 0, nul: false, cr: false, onSkip };
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
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') state.unclosedAt = state.lastLine + 1;
      else onSkip(state.lastLine + 1, `${error?.message ?? 'unreadable record'}`.replace(/^Invalid [^:]*: /, ''));
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
      if (info.bytes - parser.lastBytes > MAX_FIELD_BYTES) checkRecord(file, first, record);
      lines.push(first);
      parser.lastLine = info.lines - parser.overcount;
      parser.lastEmpty = info.empty_lines;
      parser.lastBytes = info.bytes;
      rows.push(record);
    },
    () => undefined,
  );
  if (error !== undefined || parser.unclosedAt !== undefined) throw new FileRejected(csvProblem(file, parser.unclosedAt, api.info.lines, error));
  checkPending(file, parser.lastLine + 1, api.state);
  if (end) return { rows, lines, nul: parser.nul, endsWithLineEnd: parser.lastByte === 10 || parser.lastByte === 13 };
  return { rows, lines, nul: parser.nul };
}

/** `\r\n` pairs inside the cells of a record that spans lines (rare: only then is this scan made). */
function quotedCrlfs(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) for (let i = cell.indexOf('\r\n'); i !== -1; i = cell.indexOf('\r\n', i + 2)) n++;
  return n;
}

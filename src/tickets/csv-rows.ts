import { parse, type CsvError } from 'csv-parse';
import { problem } from '../problem.js';
import { FileRejected } from './file-error.js';
import { sniffDelimiter } from './sniff-delimiter.js';

/**
 * UTF-8 bytes of one export -> batches of records (arrays of cells, never
 * objects: a million rows) with the 1-based line each record starts on.
 * csv-parse does the CSV; it is driven through its transform API directly so
 * that each record's line can be read synchronously as it is pushed.
 */
export type RowBatch = { rows: string[][]; lines: number[] };

/** Called for a record csv-parse could not read (a stray quote); the rest of the file goes on. */
export type SkipHandler = (line: number, message: string) => void;

type Api = {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): CsvError | undefined;
  info: { lines: number; empty_lines: number };
};

const SNIFF_BYTES = 64 * 1024;

/** Peek at the start of the file (for the delimiter), then parse everything. */
export async function* csvBatches(
  file: string,
  chunks: AsyncIterable<Buffer>,
  delimiter: string | undefined,
  onSkip: SkipHandler,
): AsyncGenerator<RowBatch> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done === true) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const sample = Buffer.concat(head).toString('utf8');
  if (sample.trim() === '') throw new FileRejected(problem('tickets.empty-file', 'error', 'the file is empty', { file }, 'export the tickets again; a CSV export starts with a header row'));
  rejectNotCsv(file, sample);
  const parser = createParser(delimiter ?? sniffDelimiter(sample, done), onSkip);
  for (const chunk of head) yield* slices(file, parser, chunk);
  while (!done) {
    const next = await iterator.next();
    if (next.done === true) break;
    yield* slices(file, parser, next.value);
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

function rejectNotCsv(file: string, sample: string): void {
  const start = sample.trimStart()[0];
  const kind = start === '{' || start === '[' ? 'JSON' : start === '<' ? 'HTML or XML' : undefined;
  if (kind !== undefined) {
    throw new FileRejected(problem('tickets.not-csv', 'error', `this looks like ${kind}, not a CSV export`, { file, line: 1 }, 'export the tickets as CSV (comma, semicolon, tab or | separated, with a header row)'));
  }
}

type Parser = { api: Api; lastLine: number; lastEmpty: number; onSkip: SkipHandler; unclosedAt?: number };

function createParser(delimiter: string, onSkip: SkipHandler): Parser {
  const state: Parser = { api: undefined as unknown as Api, lastLine: 0, lastEmpty: 0, onSkip };
  const stream = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      // An unclosed quote swallows the rest of the file: that is a file error, not one bad row.
      if (error?.code === 'CSV_QUOTE_NOT_CLOSED') state.unclosedAt = state.lastLine + 1;
      else onSkip(state.lastLine + 1, `${error?.message ?? 'unreadable record'}`.replace(/^Invalid [^:]*: /, ''));
      state.lastLine = state.api.info.lines;
      state.lastEmpty = state.api.info.empty_lines;
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
  const error = api.parse(
    chunk,
    end,
    (record) => {
      // info.lines is the line the record ends on; it starts after the previous record and any skipped empty lines.
      const info = api.info;
      lines.push(parser.lastLine + 1 + (info.empty_lines - parser.lastEmpty));
      parser.lastLine = info.lines;
      parser.lastEmpty = info.empty_lines;
      rows.push(record);
    },
    () => undefined,
  );
  if (error !== undefined || parser.unclosedAt !== undefined) {
    const at = parser.unclosedAt ?? (error as { lines?: number } | undefined)?.lines ?? api.info.lines;
    const unclosed = parser.unclosedAt !== undefined || error?.code === 'CSV_QUOTE_NOT_CLOSED';
    throw new FileRejected(
      problem(
        unclosed ? 'tickets.unclosed-quote' : 'tickets.bad-csv',
        'error',
        unclosed ? `the quoted field that opens on line ${at} is never closed` : `cannot read the CSV: ${error?.message ?? ''}`,
        { file, line: at },
        unclosed ? 'look for a cell with an odd number of double quotes' : 'check the delimiter and quoting, or pass --delimiter',
      ),
    );
  }
  return { rows, lines };
}

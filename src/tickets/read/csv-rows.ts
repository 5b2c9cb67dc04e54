import { isAscii } from 'node:buffer';
import { unclosedQuote } from './csv-refusals.js';
import { csvTokenizer, type CsvEnd, type Tokenizer } from './csv-tokenizer.js';
import { completeLength } from './decode.js';
import { FileRejected } from './file-error.js';
import { fileStart } from './file-start.js';

/**
 * UTF-8 bytes of one export -> batches of records (arrays of cells, never
 * objects: a million rows) with the 1-based line each record starts on.
 * The bytes are decoded slice by slice and tokenized by csvTokenizer (the
 * dialect is described there); a file that ends inside quotes is refused
 * after its last batch.
 */
export type RowBatch = {
  rows: string[][];
  lines: number[];
  /** A NUL byte has been seen in this file up to here: the caller looks for it in the rows. */
  nul: boolean;
  /** On the last batch only: how the file ended (for the checks of a file cut off mid-write). */
  end?: CsvEnd;
};

/**
 * Called for a record that cannot be read while the rest of the file goes
 * on. The tokenizer reads every record (a stray quote is text, an unclosed
 * one refuses the file), so it is not called today; read-file.ts counts such
 * rows should a dialect need it.
 */
export type SkipHandler = (line: number, message: string) => void;

/** Peek at the start of the file (for the delimiter), then tokenize everything. */
export async function* csvBatches(
  file: string,
  chunks: AsyncIterable<Buffer>,
  delimiter: string | undefined,
  _onSkip: SkipHandler,
  unquotedTabs = false,
): AsyncGenerator<RowBatch> {
  const iterator = chunks[Symbol.asyncIterator]();
  let tokenizer: Tokenizer | undefined;
  // A limit hit while reading (a gzip bomb) names the line being read.
  const next = async (): Promise<IteratorResult<Buffer>> => {
    try {
      return await iterator.next();
    } catch (error) {
      if (error instanceof FileRejected && tokenizer !== undefined && error.problem.where.line === undefined) {
        throw new FileRejected({ ...error.problem, where: { ...error.problem.where, line: tokenizer.lineBeingRead } });
      }
      throw error;
    }
  };
  const { head, done, chosen } = await fileStart(file, next, delimiter);
  // Request Tracker's TSV (Preset.unquotedTabs): every `"` is text.
  tokenizer = csvTokenizer(file, chosen, !(unquotedTabs && chosen === '\t'));
  const reader = sliceReader(tokenizer);
  for (const chunk of head) yield* reader.slices(chunk);
  while (!done) {
    const chunk = await next();
    if (chunk.done === true) break;
    yield* reader.slices(chunk.value);
  }
  const last = reader.finish();
  yield last;
  if (last.end!.insideQuotes) throw unclosedQuote(file, last.end!.lastLine!);
}

/**
 * A chunk in 64 kB slices: each batch of rows is handled before the next is
 * read, so rows die young instead of surviving into the old generation
 * (a 1 MB chunk holds ~10,000 rows; this keeps peak memory down). A slice
 * ends on a character boundary; the bytes of a character cut by a chunk's
 * end wait for the next chunk.
 */
const SLICE = 64 * 1024;

function sliceReader(tokenizer: Tokenizer): { slices(chunk: Buffer): Generator<RowBatch>; finish(): RowBatch } {
  let tail: Buffer = Buffer.alloc(0);
  let nul = false;
  const batch = (text: string, last: boolean): RowBatch => {
    const rows: string[][] = [];
    const lines: number[] = [];
    tokenizer.feed(text, last, rows, lines);
    return last ? { rows, lines, nul, end: tokenizer.end } : { rows, lines, nul };
  };
  return {
    *slices(chunk) {
      const joined = tail.length === 0 ? chunk : Buffer.concat([tail, chunk]);
      const whole = completeLength(joined);
      tail = Buffer.from(joined.subarray(whole));
      const bytes = joined.subarray(0, whole);
      for (let at = 0; at < bytes.length;) {
        const to = at + SLICE >= bytes.length ? bytes.length : at + completeLength(bytes.subarray(at, at + SLICE));
        const slice = bytes.subarray(at, to);
        // One native scan per slice; rows are searched for the NUL only in files that have one.
        if (!nul && slice.indexOf(0) !== -1) nul = true;
        // ASCII (the common case) decodes as Latin-1, which skips UTF-8's checks.
        yield batch(slice.toString(isAscii(slice) ? 'latin1' : 'utf8'), false);
        at = to;
      }
    },
    finish() {
      // A character cut by the end of the file reads as U+FFFD.
      const text = tail.toString('utf8');
      tail = Buffer.alloc(0);
      return batch(text, true);
    },
  };
}

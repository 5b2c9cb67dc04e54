import { problem, type Problem } from '../../../problem.js';
import { csvBatches } from '../../read/csv-rows.js';
import { parseEncoding, utf8Chunks } from '../../read/decode.js';
import { parseDelimiter } from '../../read/sniff-delimiter.js';
import type { ImportRequest, Source } from '../../types.js';
import { detectPreset } from './detect.js';

/**
 * No preset named (neither --preset nor input.preset): read the first ticket
 * file's header row and name the preset it gives away (detect.ts), with a
 * notice. The file is read once: the bytes looked at are replayed to the
 * import. The CLI calls this before it starts the history thread, so that
 * both read with the same preset; importTickets calls it for library users.
 */
export type PresetRequest = Pick<ImportRequest, 'tickets' | 'options'> & { sla: Pick<ImportRequest['sla'], 'input'> };

export async function withChosenPreset<R extends PresetRequest>(request: R): Promise<{ request: R; notices: Problem[] }> {
  const first = request.tickets[0];
  if (first === undefined || request.options?.preset !== undefined || request.sla.input.preset !== undefined)
    return { request, notices: [] };
  const encoding = parseEncoding(request.options?.encoding ?? request.sla.input.encoding, 'input.encoding');
  const delimiter = parseDelimiter(request.options?.delimiter ?? request.sla.input.delimiter);
  // A bad setting is the import's to report; without it nothing can be peeked at.
  if (typeof encoding === 'object' || typeof delimiter === 'object') return { request, notices: [] };
  const { header, source } = await peekHeader(first, (chunks) =>
    csvBatches(
      first.name,
      utf8Chunks(first.name, chunks, encoding, () => undefined),
      delimiter,
      () => undefined,
    ),
  );
  const tickets = [source, ...request.tickets.slice(1)];
  const guess = detectPreset(header ?? []);
  // The choice is recorded as the preset, generic included, so that a second call (the CLI chooses, then the import) does not choose and warn again.
  const generic = { ...request.options, preset: 'generic' };
  if (guess.kind === 'none') return { request: { ...request, tickets, options: generic }, notices: [] };
  const where = { file: first.name, line: 1 };
  if (guess.kind === 'tied') {
    const names = guess.presets.map((p) => p.name).join(' and ');
    const notice = problem(
      'tickets.preset-ambiguous',
      'warning',
      `the header row fits the ${names} presets equally; read with the generic preset`,
      where,
      'name the preset with input.preset in the SLA file or --preset',
    );
    return { request: { ...request, tickets, options: generic }, notices: [notice] };
  }
  const { preset, signature } = guess;
  const options = { ...request.options, preset: preset.name };
  const shown = signature.map((s) => `"${header!.find((h) => h.trim().toLowerCase() === s) ?? s}"`).join(', ');
  const notice = problem(
    'tickets.preset-detected',
    'warning',
    `no preset named: the header row (${shown}) looks like a ${preset.label} export; read with the ${preset.name} preset`,
    where,
    `name it with input.preset: ${preset.name} (or --preset ${preset.name}) to skip the guess`,
  );
  return { request: { ...request, tickets, options }, notices: [notice] };
}

/** Bytes looked at before the header: enough for any real header row. */
const PEEK_BYTES = 64 * 1024;

type Rows = (chunks: AsyncIterable<Uint8Array>) => AsyncIterable<{ rows: string[][]; lines: number[] }>;

/**
 * The first record of a file, and the file again as a source that replays
 * the bytes read for it. A file that cannot be read here is left to the
 * import to report: its replay fails the same way.
 */
export async function peekHeader(source: Source, rows: Rows): Promise<{ header?: string[]; source: Source }> {
  const { records, source: replay } = await peekRecords(source, rows);
  return { header: records?.rows[0], source: replay };
}

/** Records with the line each starts on. */
export type PeekedRecords = { rows: string[][]; lines: number[] };

/**
 * The records in the first 64 kB of a file (the header first; the last may be
 * cut by the peek), and the file again as a source that replays the bytes
 * read for them. `records` is absent when the file cannot be read here.
 */
export async function peekRecords(source: Source, rows: Rows): Promise<{ records?: PeekedRecords; source: Source }> {
  const iterator = source.chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  let failure: unknown;
  try {
    while (size < PEEK_BYTES) {
      const next = await iterator.next();
      if (next.done === true) {
        done = true;
        break;
      }
      head.push(next.value);
      size += next.value.length;
    }
  } catch (error) {
    failure = error;
  }
  const replay: Source = {
    name: source.name,
    chunks: (async function* () {
      yield* head;
      if (failure !== undefined) throw failure;
      if (done) return;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
    })(),
  };
  return { records: failure === undefined ? await firstRecords(head, rows) : undefined, source: replay };
}

async function firstRecords(head: readonly Uint8Array[], rows: Rows): Promise<PeekedRecords | undefined> {
  const records: PeekedRecords = { rows: [], lines: [] };
  try {
    for await (const batch of rows(
      (async function* () {
        yield* head;
      })(),
    )) {
      records.rows.push(...batch.rows);
      records.lines.push(...batch.lines);
    }
  } catch {
    // Not a CSV, or cut in a quoted field: the import says so. The records before are still good.
  }
  return records.rows.length === 0 ? undefined : records;
}

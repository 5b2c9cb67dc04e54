import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { problem, type Problem } from '../problem.js';
import type { Sla } from '../sla/types.js';
import { FileRejected } from '../tickets/file-error.js';
import { importTickets } from '../tickets/import-tickets.js';
import { withChosenPreset } from '../tickets/presets/choose.js';
import { importSla } from '../tickets/settings.js';
import type { ImportOptions, ImportResult, Source } from '../tickets/types.js';
import { isZip, zipCsv } from '../tickets/zip-input.js';
import type { Io } from './io.js';

/**
 * The ticket exports and status histories named on the command line (and in
 * the SLA file's `input.events.file`), opened through Io as byte streams,
 * gzip-compressed ones (`.gz`, or gzip bytes under any name) inflated with
 * node:zlib, then handed to the pure import. A file that cannot be opened is
 * one error Problem naming it; the caller prints problems and decides the exit
 * code (hasStrictErrors in tickets/problems.ts).
 */
export type ReadTicketsRequest = {
  files: readonly string[];
  eventsFiles?: readonly string[];
  sla: Sla;
  /** Command-line flags; each overrides its `input:` setting. */
  flags?: ImportOptions;
};

export async function readTickets(io: Io, request: ReadTicketsRequest): Promise<ImportResult> {
  const missing: Problem[] = [];
  const open = (paths: readonly string[]): Source[] =>
    paths.flatMap((path) => {
      if (io.exists(path)) return [openSource(io, path)];
      missing.push(problem('tickets.missing-file', 'error', 'cannot open the file: no such file', { file: path }, 'check the path; the shell expands wildcards such as tickets-*.csv'));
      return [];
    });
  const fromSla = request.sla.input.events?.file;
  const eventPaths = [...(fromSla === undefined ? [] : typeof fromSla === 'string' ? [fromSla] : fromSla), ...(request.eventsFiles ?? [])];
  const opened = open(request.files);
  const events = open([...new Set(eventPaths)]);
  // The preset is chosen from the first header row here, before the history thread starts with the same options.
  const chosen = await withChosenPreset({ tickets: opened, sla: request.sla, ...(request.flags === undefined ? {} : { options: request.flags }) });
  const { tickets } = chosen.request;
  const options = chosen.request.options === undefined ? {} : { options: chosen.request.options };
  // Histories of a ticket table are read on another thread while this one reads the tickets (when Io can).
  const apart = io.readHistory !== undefined && events.length > 0 && request.sla.input.event_log === undefined;
  const history = apart ? io.readHistory!({ paths: events.map((e) => e.name), sla: importSla(request.sla), ...options, firstFile: tickets.length }) : undefined;
  // Handled here too, so that a failing worker is not an unhandled rejection while the tickets are still being read.
  history?.catch(() => undefined);
  const result = await importTickets({ tickets, sla: request.sla, ...options, ...(history === undefined ? { events } : { history }) });
  await history;
  return { ...result, problems: [...missing, ...chosen.notices, ...result.problems] };
}

/** A file on the command line as the import's byte source: gunzipped when it is gzip data, read failures as its one problem. */
export function openSource(io: Pick<Io, 'readStream'>, path: string): Source {
  return { name: path, chunks: guarded(path, () => inflated(io.readStream(path), path, () => io.readStream(path))) };
}

/** A read or inflate failure (a directory, no permission, a corrupt .gz) as the file's one problem. */
async function* guarded(path: string, read: () => AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* read();
  } catch (error) {
    if (error instanceof FileRejected) throw error;
    const why = error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error);
    throw new FileRejected(problem('tickets.unreadable-file', 'error', `cannot read the file: ${why}`, { file: path }));
  }
}

/** The bytes of a file, inflated when they start with gzip's magic number (1f 8b); a ZIP archive's one CSV (zip-input.ts). */
async function* inflated(chunks: AsyncIterable<Uint8Array>, path: string, reopen: () => AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true) return;
  const rest = (async function* () {
    yield first.value;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  })();
  if (isZip(first.value)) return yield* zipCsv(path, rest, reopen);
  if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) {
    yield* rest;
    return;
  }
  yield* Readable.from(rest).pipe(createGunzip());
}

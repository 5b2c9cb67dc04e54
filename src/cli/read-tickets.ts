import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { hasErrors, problem, type Problem } from '../problem.js';
import type { Sla } from '../sla/types.js';
import { FileRejected } from '../tickets/read/file-error.js';
import { importTickets } from '../tickets/import-tickets.js';
import { withChosenPreset } from '../tickets/columns/presets/choose.js';
import { withRawValueZone } from '../tickets/columns/presets/raw-values.js';
import { importSla } from '../tickets/import-settings.js';
import type { ImportOptions, ImportResult, Source } from '../tickets/types.js';
import { ProblemsFound, UsageError } from './errors.js';
import { isZip, zipCsv } from '../tickets/read/zip-input.js';
import type { Io } from './io.js';

/**
 * The ticket exports and status histories named on the command line (or in
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

/**
 * The status histories of a run, each once: --events when given (a flag
 * replaces its setting, SPEC 4), else the SLA file's input.events.file
 * (resolved against the SLA file's folder by readSlaFile).
 */
export function historyPaths(sla: Pick<Sla, 'input'>, events: readonly string[]): string[] {
  const fromSla = sla.input.events?.file;
  const paths = events.length > 0 ? events : fromSla === undefined ? [] : typeof fromSla === 'string' ? [fromSla] : fromSla;
  return [...new Set(paths)];
}

export async function readTickets(io: Io, request: ReadTicketsRequest): Promise<ImportResult> {
  const missing: Problem[] = [];
  const open = (paths: readonly string[]): Source[] =>
    paths.flatMap((path) => {
      if (path === STDIN) return [stdinSource(io)];
      if (io.exists(path)) return [openSource(io, path)];
      missing.push(
        problem(
          'tickets.missing-file',
          'error',
          'cannot open the file: no such file',
          { file: path },
          'check the path; the shell expands wildcards such as tickets-*.csv',
        ),
      );
      return [];
    });
  const uniqueEvents = historyPaths(request.sla, request.eventsFiles ?? []);
  if ([...request.files, ...uniqueEvents].filter((p) => p === STDIN).length > 1)
    throw new UsageError('"-" (standard input) can be read only once', 'give one of the files as "-", the others by name');
  const opened = open(request.files);
  const events = open(uniqueEvents);
  // The preset is chosen from the first header row here, before the history thread starts with the same options;
  // so is the zone of a raw-value export's times, which the histories are read in too.
  const preset = await withChosenPreset({
    tickets: opened,
    sla: request.sla,
    ...(request.flags === undefined ? {} : { options: request.flags }),
  });
  const zoned = await withRawValueZone(preset.request);
  const chosen = { request: zoned.request, notices: [...preset.notices, ...zoned.notices] };
  if (hasErrors(zoned.notices)) throw new ProblemsFound([...missing, ...chosen.notices.filter((p) => p.severity === 'error')]);
  const { tickets } = chosen.request;
  const options = chosen.request.options === undefined ? {} : { options: chosen.request.options };
  // Histories of a ticket table are read on another thread while this one reads the tickets (when Io can; stdin is this thread's).
  const apart =
    io.readHistory !== undefined && events.length > 0 && request.sla.input.event_log === undefined && !uniqueEvents.includes(STDIN);
  const history = apart
    ? io.readHistory!({ paths: events.map((e) => e.name), sla: importSla(request.sla), ...options, firstFile: tickets.length })
    : undefined;
  // Handled here too, so that a failing worker is not an unhandled rejection while the tickets are still being read.
  history?.catch(() => undefined);
  const result = await importTickets({ tickets, sla: request.sla, ...options, ...(history === undefined ? { events } : { history }) });
  await history;
  return { ...result, problems: [...missing, ...chosen.notices, ...result.problems] };
}

/** `-` on the command line: the export comes on standard input (`helpdesk-export | slacheck check …`). */
const STDIN = '-';
/** How standard input is named in messages. */
export const STDIN_NAME = '<stdin>';

export function stdinSource(io: Pick<Io, 'readStdin'>): Source {
  return { name: STDIN_NAME, chunks: guarded(STDIN_NAME, () => inflated(STDIN_NAME, io.readStdin())) };
}

/** A file on the command line as the import's byte source: gunzipped when it is gzip data, read failures as its one problem. */
export function openSource(io: Pick<Io, 'readStream'>, path: string): Source {
  return { name: path, chunks: guarded(path, () => inflated(path, io.readStream(path), () => io.readStream(path))) };
}

/** A read or inflate failure (a directory, no permission, a corrupt .gz) as the file's one problem. */
async function* guarded(path: string, read: () => AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* read();
  } catch (error) {
    if (error instanceof FileRejected) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    // A folder is named as such, not as Node's "illegal operation on a directory, read".
    if (code === 'EISDIR')
      throw new FileRejected(
        problem(
          'tickets.unreadable-file',
          'error',
          'cannot read the file: it is a folder',
          { file: path },
          'name the export file inside it (a shell glob such as folder/*.csv names them all)',
        ),
      );
    const why = error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error);
    throw new FileRejected(problem('tickets.unreadable-file', 'error', `cannot read the file: ${why}`, { file: path }));
  }
}

/**
 * Gzip data that inflates past 200 times its size (once past 16 MB)
 * is refused. Real exports compress 5 to 20 times (the ServiceNow log: 19);
 * deflate's most is about 1,000, which is what a file of one repeated byte,
 * a "gzip bomb", reaches: 2 MB that inflate to 2 GB.
 */
const MAX_RATIO = 200;
const FREE_BYTES = 16 * 1024 * 1024;

/**
 * The bytes of a file, inflated when they start with gzip's magic number (1f 8b);
 * a ZIP archive's one CSV (tickets/read/zip-input.ts), which needs a second pass over the
 * file (`reopen`; standard input has none).
 */
async function* inflated(
  name: string,
  chunks: AsyncIterable<Uint8Array>,
  reopen?: () => AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done === true) return;
  const rest = (async function* () {
    yield first.value;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  })();
  if (isZip(first.value)) {
    if (reopen === undefined)
      throw new FileRejected(
        problem(
          'tickets.zip-on-stdin',
          'error',
          'a ZIP archive on standard input cannot be read (its list of files is at its end)',
          { file: name },
          'save it to a file and name that file, or unzip it into the pipe (unzip -p export.zip | slacheck …)',
        ),
      );
    return yield* zipCsv(name, rest, reopen);
  }
  if (first.value[0] !== 0x1f || first.value[1] !== 0x8b) {
    yield* rest;
    return;
  }
  const gunzip = createGunzip();
  let out = 0;
  for await (const chunk of Readable.from(rest).pipe(gunzip) as AsyncIterable<Buffer>) {
    out += chunk.length;
    if (out > FREE_BYTES && out > MAX_RATIO * gunzip.bytesWritten) {
      const hint = 'real exports compress 5 to 20 times; unpack it with gunzip to look at it, or export it again';
      throw new FileRejected(
        problem(
          'tickets.gzip-ratio',
          'error',
          `the gzip data inflates more than ${MAX_RATIO} times its size (${mb(gunzip.bytesWritten)} to over ${mb(out)}): is this a CSV export?`,
          { file: name },
          hint,
        ),
      );
    }
    yield chunk;
  }
}

function mb(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

import { resolve } from 'node:path';
import { linkTarget } from './atomic-file.js';
import { formatters, type CsvDialect, type Format, type FormatOptions, type Output, type TableName } from '../report/index.js';
import type { Sink } from '../report/sink.js';
import { OutputFailed, UsageError } from './errors.js';
import type { Io } from './io.js';
import { styleFor } from './style.js';

/** The output flags of check, report and explain (run-options.ts declares them). */
export type OutputOptions = { format: Format; csvDialect?: CsvDialect; color?: boolean; output?: string; table?: TableName };

/**
 * Checks the output flags before the run reads a single ticket, so that a
 * typo in `--output` fails in a second, not after the import: the folder
 * must take a file (a temp file is made and removed).
 */
export async function checkOutputOptions(io: Io, options: OutputOptions, inputs: readonly string[] = []): Promise<void> {
  if (options.csvDialect !== undefined && options.format !== 'csv') {
    throw new UsageError(
      `--csv-dialect ${options.csvDialect} shapes csv output; the ${options.format} output would ignore it`,
      `add --format csv, or leave out --csv-dialect`,
    );
  }
  if (options.table !== undefined && options.format === 'json') {
    throw new UsageError(
      '--table picks one table of the table, csv, markdown or ndjson output; the json document holds them all',
      'leave out --table, or pick another --format',
    );
  }
  if (!toFile(options)) return;
  const output = target(options.output!);
  const clash = inputs.find((input) => input !== '-' && target(input) === output);
  if (clash !== undefined)
    throw new UsageError(
      `--output ${options.output} is an input of this run (${clash}): the report would replace it`,
      'write the report to another file',
    );
  await io.openOutput(options.output!).abort();
}

/** The file a path writes to: through symbolic links, as the atomic file writes through them (a loop is openOutput's to report). */
function target(path: string): string {
  try {
    return resolve(linkTarget(path));
  } catch {
    return resolve(path);
  }
}

/** `--output -` is stdout, as `-` is stdin for the ticket files. */
function toFile(options: OutputOptions): boolean {
  return options.output !== undefined && options.output !== '-';
}

/**
 * The document in the chosen format to stdout, or atomically to the
 * `--output` file: committed only when every byte was written, dropped
 * (the previous file untouched) when anything failed. Colour only on a
 * terminal stdout (or with --color).
 */
export async function writeOutput(io: Io, options: OutputOptions, output: Output): Promise<void> {
  const formatter = formatters[options.format];
  const style = styleFor(io, toFile(options) ? { isTTY: false } : io.stdout, options.color);
  const formatOptions: FormatOptions = {
    style,
    dialect: options.csvDialect ?? 'rfc4180',
    ...(options.table === undefined ? {} : { table: options.table }),
  };
  await writeTo(io, options.output, (sink) => formatter(output, sink, formatOptions));
}

/**
 * What `write` writes, to stdout (no path, or `-`), or atomically to the
 * file at `path` (the review writes its pages through this too). When
 * stdout's reader goes away, the rest is not written and the run goes on.
 */
export async function writeTo(io: Io, path: string | undefined, write: (sink: Sink) => Promise<void>): Promise<void> {
  if (path === undefined || path === '-') {
    try {
      await write(io.stdout);
      await io.stdout.flush();
    } catch (error) {
      // A reader that stopped reading (`| head -1`) had what it wanted: the run goes on, so that its exit code is still the verdict.
      if (!(error instanceof OutputFailed && error.readerClosed)) throw error;
    }
    return;
  }
  const file = io.openOutput(path);
  try {
    await write(file);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

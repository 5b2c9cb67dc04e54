import { formatProblem, hasErrors, problem, type Problem } from '../problem.js';
import { icsPathsIn, type IcsText } from '../sla/written/ics-files.js';
import { parseSla } from '../sla/parse-sla.js';
import type { SlaFile } from '../sla/written/schema.js';
import type { Sla } from '../sla/types.js';
import { ProblemsFound, UsageError } from './errors.js';
import { decodeWhole } from '../tickets/read/decode.js';
import type { Io } from './io.js';
import { resolveSlaPath, withSlaPaths } from './sla-paths.js';

/**
 * The SLA file for every command: read through io, parsed, every problem at
 * once. Errors end the run (exit 2, each printed with its place); warnings
 * are printed to stderr and the run goes on.
 */
export function readSla(io: Io, path: string): Sla {
  return readSlaFile(io, path).sla;
}

/**
 * readSla, with the file as written beside it (for output that quotes the
 * file), its text (compare locates sections in it) and its warnings (the
 * documents carry them: a review shows every warning of its run). The paths
 * the file names (history, ICS files) are resolved against its folder
 * (sla-paths.ts).
 */
export function readSlaFile(io: Io, path: string): { sla: Sla; file: SlaFile; text: string; warnings: Problem[] } {
  const { text, warnings } = readText(io, path);
  const ics = new Map(icsPathsIn(text).map((written) => [written, readIcsText(io, resolveSlaPath(path, written))]));
  const { sla, file, problems } = parseSla(text, path, ics);
  if (sla === undefined || file === undefined || hasErrors(problems)) throw new ProblemsFound([...warnings, ...problems]);
  const all = [...warnings, ...problems];
  for (const warning of all) io.stderr.write(`slacheck: ${formatProblem(warning)}\n`);
  return { sla: withSlaPaths(sla, path), file, text, warnings: all };
}

/**
 * A text file without its BOM, decoded by the rules the ticket exports are
 * read by (tickets/read/decode.ts): UTF-8, UTF-16 with a BOM, else
 * Windows-1252 with a warning (a Notepad "ANSI" file: `Netværk` must still
 * match), else refused. A file that cannot be read is a usage error naming
 * the path.
 */
export function readText(io: Io, path: string): { text: string; warnings: Problem[] } {
  let bytes: Buffer;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    throw new UsageError(
      `cannot read SLA file "${path}": ${reason(error)}`,
      'check the path, or run "slacheck init" to write a starter file',
    );
  }
  if (bytes.length > MAX_SLA_BYTES) throw new ProblemsFound([tooLarge(path, bytes)]);
  const decoded = decodeWhole(bytes);
  if ('notTextAt' in decoded) {
    const where = { file: path, line: lineAt(bytes, decoded.notTextAt) };
    throw new ProblemsFound([
      problem(
        'sla.not-text',
        'error',
        `not UTF-8 or Windows-1252 text (near byte ${decoded.notTextAt}): is this the SLA file?`,
        where,
        'an SLA file is YAML text: save it as UTF-8',
      ),
    ]);
  }
  const warnings = decoded.guessedAt === undefined ? [] : [guessed(path, bytes, decoded.guessedAt)];
  const text = decoded.text;
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, warnings };
}

function guessed(path: string, bytes: Buffer, at: number): Problem {
  const hint = 'save the file as UTF-8 (Notepad: Save as, Encoding UTF-8), so that every tool reads its names alike';
  return problem(
    'sla.encoding-guessed',
    'warning',
    `not valid UTF-8 (near byte ${at}); read as Windows-1252`,
    { file: path, line: lineAt(bytes, at) },
    hint,
  );
}

/** The 1-based line a byte offset falls on. */
function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/**
 * An agreement fits in a few kilobytes; past 1 MB the file is not
 * one (a 500,000-key priority map kept the YAML reader busy for minutes).
 * The line named is the one the limit falls on.
 */
const MAX_SLA_BYTES = 1024 * 1024;

function tooLarge(path: string, bytes: Buffer): Problem {
  const line = lineAt(bytes, MAX_SLA_BYTES);
  const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MB`;
  return problem(
    'sla.too-large',
    'error',
    `the SLA file goes on past 1 MB here (it is ${size}): an SLA file is at most 1 MB`,
    { file: path, line },
    'an agreement fits in a few kB: is this the SLA file? A long priorities.map can map fewer values (keys compare case-insensitively)',
  );
}

/**
 * An ICS file the SLA file names, as UTF-8 without its BOM, or why it
 * cannot be read (parseSla places that where the SLA file names it). A
 * closing calendar is kilobytes; a whole Outlook mailbox calendar a few
 * megabytes; past 64 MB it is not a calendar.
 */
function readIcsText(io: Io, file: string): IcsText {
  let bytes: Buffer;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    return { file, error: reason(error) };
  }
  if (bytes.length > MAX_ICS_BYTES)
    return {
      file,
      error: `it is ${(bytes.length / 1024 / 1024).toFixed(0)} MB, and an ICS file is at most 64 MB`,
      hint: 'export only the calendar that holds the closing days',
    };
  const text = bytes.toString('utf8');
  return { file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

const MAX_ICS_BYTES = 64 * 1024 * 1024;

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

import { formatProblem, hasErrors, problem, type Problem } from '../problem.js';
import { parseSla } from '../sla/parse-sla.js';
import type { SlaFile } from '../sla/schema.js';
import type { Sla } from '../sla/types.js';
import { ProblemsFound, UsageError } from './errors.js';
import { withSlaPaths } from './sla-paths.js';
import type { Io } from './io.js';

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
 * file) and its text (compare locates sections in it). The paths the file
 * names are resolved against its folder (sla-paths.ts).
 */
export function readSlaFile(io: Io, path: string): { sla: Sla; file: SlaFile; text: string } {
  const text = readText(io, path);
  const { sla, file, problems } = parseSla(text, path);
  if (sla === undefined || file === undefined || hasErrors(problems)) throw new ProblemsFound(problems);
  for (const warning of problems) io.stderr.write(`slacheck: ${formatProblem(warning)}\n`);
  return { sla: withSlaPaths(sla, path), file, text };
}

/** A text file as UTF-8 without its BOM; a file that cannot be read is a usage error naming the path. */
export function readText(io: Io, path: string): string {
  let bytes: Buffer;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read SLA file "${path}": ${reason(error)}`, 'check the path, or run "slacheck init" to write a starter file');
  }
  if (bytes.length > MAX_SLA_BYTES) throw new ProblemsFound([tooLarge(path, bytes)]);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Issue 8: an agreement fits in a few kilobytes; past 1 MB the file is not
 * one (a 500,000-key priority map kept the YAML reader busy for minutes).
 * The line named is the one the limit falls on.
 */
const MAX_SLA_BYTES = 1024 * 1024;

function tooLarge(path: string, bytes: Buffer): Problem {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < MAX_SLA_BYTES; i = bytes.indexOf(10, i + 1)) line++;
  const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MB`;
  return problem('sla.too-large', 'error', `the SLA file goes on past 1 MB here (it is ${size}): an SLA file is at most 1 MB`, { file: path, line }, 'an agreement fits in a few kB: is this the SLA file? A long priorities.map can map fewer values (keys compare case-insensitively)');
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

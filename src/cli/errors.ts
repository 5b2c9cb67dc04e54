import type { Problem } from '../problem.js';

/**
 * What a command throws to end the run; cli/main.ts holds the one catch that
 * turns each into an exit code. Output already written stays written.
 */

/** Bad usage: unknown option, missing argument, a flag value that makes no sense. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The input (SLA file, tickets under --strict) has errors; each is printed. Exit 2. */
export class ProblemsFound extends Error {
  override name = 'ProblemsFound';
  constructor(readonly problems: readonly Problem[]) {
    super(`${problems.length} problem(s) found`);
  }
}

/** A threshold the user asked for (--fail-on-breach, --fail-under-goal) was missed. Exit 1. */
export class ThresholdMissed extends Error {
  override name = 'ThresholdMissed';
}

/**
 * The output could not be written: stdout closed by its reader (EPIPE: the
 * run ends quietly, exit 0, as `| head` expects), or a write error such as a
 * full disk (one line, exit 2). `target` is "stdout" or the --output path.
 */
export class OutputFailed extends Error {
  override name = 'OutputFailed';
  readonly code: string;
  constructor(
    readonly target: string,
    override readonly cause: unknown,
  ) {
    const code = (cause as { code?: unknown } | null)?.code;
    super(`cannot write ${target === 'stdout' ? 'to stdout' : `"${target}"`}: ${describeCause(cause)}`);
    this.code = typeof code === 'string' ? code : 'EIO';
  }

  /** The reader went away (`| head -1`): nothing is wrong with the run. */
  get readerClosed(): boolean {
    return this.code === 'EPIPE' || this.code === 'ERR_STREAM_DESTROYED';
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EROFS: 'the file system is read-only',
  EIO: 'input/output error',
  EPIPE: 'the reader closed the pipe',
};

function describeCause(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && REASONS[code] !== undefined) return `${REASONS[code]} (${code})`;
  return cause instanceof Error ? cause.message : String(cause);
}

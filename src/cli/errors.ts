import type { Problem } from '../problem.js';

/**
 * What a command throws to end the run; cli/main.ts holds the one catch that
 * turns each into an exit code. Output already written stays written.
 */

/** Bad usage: unknown option, missing argument, a flag value that makes no sense. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly hint?: string) {
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

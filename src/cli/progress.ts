import type { Io } from './io.js';

/** Below this many tickets a run is quick enough to need no progress line. */
const BIG = 100_000;
const EVERY = 50_000;

/**
 * A progress line on stderr while evaluating a big input, only on a terminal
 * (never in a pipe, a cron mail or a test). Returns the per-ticket tick and a
 * done() that clears the line.
 */
export function evaluationProgress(io: Io, total: number): { tick: () => void; done: () => void } {
  if (!io.stderr.isTTY || total < BIG) return { tick: () => {}, done: () => {} };
  let count = 0;
  return {
    tick: () => {
      if (++count % EVERY === 0) io.stderr.write(`\rslacheck: evaluated ${count} of ${total} tickets`);
    },
    done: () => io.stderr.write('\r\u001b[K'),
  };
}

import type { Walk } from '../evaluate/walk.js';

/**
 * A signal (Ctrl-C, a cron timeout's TERM) must end a run at any
 * moment before its --output file is renamed into place. Node hands a
 * signal to its handler (bin/slacheck.js: remove the temp file, exit 128+n)
 * only from the event loop, which a synchronous loop never returns to: a
 * TERM that comes during a 5 s evaluation would be handled after the
 * rename, or never. So the long loops, the writing of the output and the moment before
 * the rename each give the event loop a turn, and a signal that came in the
 * meantime is handled there.
 *
 * Two turns, not one: a setImmediate callback runs in the "check" phase,
 * after the "poll" phase in which the loop reads pending signals, but when
 * it is queued from inside a poll callback (a file read ended the import)
 * the first one runs in that same turn, before the next poll. The second
 * runs only after a poll has seen the signal.
 */
export async function letSignalsIn(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** A walk of the evaluation (evaluate/walk.ts) run to its end, letting signals in at each of its pauses. */
export async function walkLettingSignalsIn<T>(walk: Walk<T>): Promise<T> {
  for (;;) {
    const step = walk.next();
    if (step.done === true) return step.value;
    await letSignalsIn();
  }
}

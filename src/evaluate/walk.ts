/**
 * A long synchronous pass (the evaluation of every ticket) written as a
 * generator that pauses now and then: run to its end at once (walkToEnd), or
 * by a caller that does something at each pause. The CLI lets a signal in
 * there (else a SIGTERM that comes during a 5 s evaluation is handled
 * only after the report has replaced the old file); the core never knows.
 */
export type Walk<T> = Generator<void, T, void>;

/** Tickets evaluated between two pauses: a pause costs two turns of the event loop (microseconds), a ticket a few microseconds. */
export const TICKETS_PER_PAUSE = 2000;

/** The walk run without pausing: its result. */
export function walkToEnd<T>(walk: Walk<T>): T {
  for (;;) {
    const step = walk.next();
    if (step.done === true) return step.value;
  }
}

/**
 * A long synchronous pass (the evaluation of every ticket) written as a
 * generator that pauses now and then: run to its end at once (walkToEnd), or
 * by a caller that does something at each pause. The CLI lets a signal in
 * there (issue 22: a SIGTERM that came during a 5 s evaluation was handled
 * only after the report had replaced the old file); the core never knows.
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

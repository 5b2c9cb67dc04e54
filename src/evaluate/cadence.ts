import { addBusinessTime, businessTime } from '../calendar/index.js';
import type { Instant } from '../calendar/types.js';
import { clipPauses, NO_PAUSES } from './pauses.js';
import { targetBudget, toRecord, type Judge } from './records.js';
import type { RecordStatus, UpdateInterval } from './types.js';

const NO_UPDATES: readonly Instant[] = Object.freeze([]);

/**
 * SPEC 8.2 for one update-cadence clock. The boundaries are the start, every
 * update strictly between the start and `end` (the stop, or the instant a
 * running clock is judged at), and `end`; each interval's business time is
 * counted in the policy's calendar without the pauses, so an update during a
 * pause counts while the pause keeps the interval's clock still. One engine
 * call per interval for a verdict; `full` adds the due and the paused time.
 *
 * - elapsed: the longest interval; late updates: intervals longer than the
 *   target (one exactly as long is not late), the last or running one included;
 * - status: breached / overdue when any interval is late, else met / open;
 * - due: when the first late interval went over; else when the last interval
 *   will be (or was) over, a running one as if a pause at `end` ended there.
 *
 * A target in business days has no meaning between updates (the SLA rules
 * refuse it); should one get here it is a budget from the record's start.
 */
export const judgeCadence: Judge = (calendar, clock, metric, judged, detail, names) => {
  const { at: end, stopped } = judged;
  const { start } = clock;
  const pauses = clock.pauses.length === 0 ? NO_PAUSES : clipPauses(clock.pauses, start, end);
  const targetMs = targetBudget(calendar, start, metric.target);
  const full = detail === 'full';
  const list = clock.updates ?? NO_UPDATES;
  // Updates are sorted and after the start: those before `end` are the ones counted.
  let updates = 0;
  while (updates < list.length && list[updates]! < end) updates++;
  const intervals: UpdateInterval[] | undefined = full ? [] : undefined;
  let from = start;
  let counted = 0;
  let longest = 0;
  let late = 0;
  let firstLate = Number.NaN;
  for (let i = 0; i <= updates; i++) {
    const to = i < updates ? list[i]! : end;
    const ms = businessTime(calendar, from, to, pauses);
    const isLate = ms > targetMs;
    if (isLate && late++ === 0) firstLate = from;
    if (ms > longest) longest = ms;
    counted += ms;
    intervals?.push({ from, to, businessMs: ms, late: isLate });
    if (i < updates) from = to;
  }
  const status: RecordStatus = stopped ? (late > 0 ? 'breached' : 'met') : late > 0 ? 'overdue' : 'open';
  // `from` is now the start of the last interval.
  const due = full ? addBusinessTime(calendar, late > 0 ? firstLate : from, targetMs, pauses) : Number.NaN;
  const pausedMs = pauses.length === 0 ? 0 : full ? businessTime(calendar, start, end) - counted : Number.NaN;
  return toRecord(names, metric.name, clock, judged, {
    due,
    targetMs,
    elapsedMs: longest,
    pausedMs,
    status,
    pauses,
    updates,
    lateUpdates: late,
    intervals,
  });
};

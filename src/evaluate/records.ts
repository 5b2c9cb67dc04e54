import { addBusinessDays, addBusinessTime, businessTime, type Calendar } from '../calendar/index.js';
import type { Instant, Pause } from '../calendar/types.js';
import type { Duration } from '../sla/types.js';
import type { Clock } from './clocks.js';
import { clipPauses, NO_PAUSES } from './pauses.js';
import type { Period, RecordStatus, TicketRecord } from './types.js';

/** What names a ticket's records: the same for each of its metrics, built once per ticket. */
export type RecordNames = Pick<TicketRecord, 'ticket' | 'policy' | 'priority' | 'calendar' | 'priorityChanged' | 'source'>;

/**
 * The instant a clock is judged at, or undefined when its record does not
 * belong to the period (SPEC 6): a record belongs if it stopped in [from, to),
 * or started before `to` and still ran at `to` (judged as of `to`, or as of
 * the as-of instant when that comes first). Without a period: every record,
 * running ones judged as of the as-of instant.
 */
export function judgeAt(clock: Clock, asOf: Instant, period: Period | undefined): JudgeInstant | undefined {
  if (clock.start > asOf) return undefined; // not started yet
  if (period === undefined) return clock.stop === undefined ? { at: asOf, stopped: false } : { at: clock.stop, stopped: true };
  if (clock.stop !== undefined && clock.stop < period.to) return clock.stop >= period.from ? { at: clock.stop, stopped: true } : undefined;
  return clock.start < period.to ? { at: Math.min(period.to, asOf), stopped: false } : undefined;
}

/** Where a clock is judged: at its stop, or at the instant a running clock is judged at. */
export type JudgeInstant = { at: Instant; stopped: boolean };

/**
 * How much of a record to work out: everything (check, explain), or only what
 * a verdict and the KPIs need (report): then `due`, `pausedMs` and, for an
 * `Nbd` target without pauses, `targetMs` are NaN, which saves two of the
 * three or four engine calls per record on a million tickets.
 */
export type Detail = 'full' | 'verdict';

/** A record from a clock judged at an instant: `judge` (SPEC 6) or `judgeCadence` (SPEC 8.2). */
export type Judge = (
  calendar: Calendar,
  clock: Clock,
  metric: { name: string; target: Duration },
  at: JudgeInstant,
  detail: Detail,
  names: RecordNames,
) => TicketRecord;

/**
 * SPEC 6 for one clock. `end` is the stop, or the judge instant of a running
 * clock: pauses are cut there, so a ticket paused at that instant gets the due
 * it would have if the pause ended then. Met means elapsed <= target, so a
 * stop in closed hours right after the due, with no business time between, is
 * met; overdue means a running clock has already counted more than its target.
 */
export function judge(
  calendar: Calendar,
  clock: Clock,
  metric: { name: string; target: Duration },
  judged: JudgeInstant,
  detail: Detail,
  names: RecordNames,
): TicketRecord {
  const { at: end, stopped } = judged;
  const { target } = metric;
  const { start } = clock;
  const pauses = clock.pauses.length === 0 ? NO_PAUSES : clipPauses(clock.pauses, start, end);
  const elapsedMs = businessTime(calendar, start, end, pauses);
  let targetMs: number;
  let over: boolean;
  if (detail === 'verdict' && target.kind === 'business-days' && pauses.length === 0) {
    // Without pauses the budget is the business time from the start to the Nbd instant, so the clock is over
    // exactly when business time passed after that instant (additivity): no budget needed.
    const nbd = addBusinessDays(calendar, start, target.days);
    targetMs = NaN;
    over = end > nbd && businessTime(calendar, nbd, end) > 0;
  } else {
    targetMs = targetBudget(calendar, start, target);
    over = elapsedMs > targetMs;
  }
  const full = detail === 'full';
  const due = full ? addBusinessTime(calendar, start, targetMs, pauses) : NaN;
  const pausedMs = pauses.length === 0 ? 0 : full ? businessTime(calendar, start, end) - elapsedMs : NaN;
  const status: RecordStatus = stopped ? (over ? 'breached' : 'met') : over ? 'overdue' : 'open';
  return toRecord(names, metric.name, clock, judged, { due, targetMs, elapsedMs, pausedMs, status, pauses });
}

/** What a judge worked out for one clock; `updates`, `lateUpdates` and `intervals` for an update-cadence clock only. */
export type Figures = Pick<
  TicketRecord,
  'due' | 'targetMs' | 'elapsedMs' | 'pausedMs' | 'status' | 'pauses' | 'updates' | 'lateUpdates' | 'intervals'
>;

/** One record, written out in TicketRecord's order: every record has one object shape (a million tickets make millions). */
export function toRecord(names: RecordNames, metric: string, clock: Clock, { at: end, stopped }: JudgeInstant, f: Figures): TicketRecord {
  return {
    ticket: names.ticket,
    metric,
    policy: names.policy,
    priority: names.priority,
    calendar: names.calendar,
    start: clock.start,
    stop: stopped ? clock.stop : undefined,
    due: f.due,
    targetMs: f.targetMs,
    elapsedMs: f.elapsedMs,
    pausedMs: f.pausedMs,
    wallMs: end - clock.start,
    status: f.status,
    priorityChanged: names.priorityChanged,
    judgedAt: end,
    pauses: f.pauses,
    source: names.source,
    updates: f.updates,
    lateUpdates: f.lateUpdates,
    intervals: f.intervals,
  };
}

/**
 * A target as business time from the start. SPEC 3: `Nbd` is the business
 * time from the start to the same business offset into the Nth following
 * service day (the engine's addBusinessDays).
 */
export function targetBudget(calendar: Calendar, start: Instant, target: Duration): number {
  if (target.kind === 'business-time') return target.ms;
  return businessTime(calendar, start, addBusinessDays(calendar, start, target.days));
}

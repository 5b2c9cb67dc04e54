import type { Instant, Pause } from '../calendar/types.js';
import type { ClockItem, Metric } from '../sla/types.js';
import type { Ticket } from '../tickets/types.js';
import type { TicketHistory } from './history.js';
import { statusSet, type StatusSet } from './history.js';
import { earliestStopOf, itemLookup, startOf, updatesOf, type ItemLookup, type RowTest } from './milestones.js';

/**
 * A metric's clock on one ticket, as known at the as-of instant: when it
 * started, when it stopped (if it did), and when it stood still. Pauses may
 * run on (to = Infinity); the judge clips them. An update-cadence clock
 * (SPEC 8.2) also has the instants of its updates after the start.
 */
export type Clock = { start: Instant; stop: Instant | undefined; pauses: readonly Pause[]; updates?: readonly Instant[] | undefined };

/** Fields that mean the work is done: a clock stopped only by these is a resolution clock. */
export const RESOLUTION_FIELDS: readonly string[] = ['resolved', 'closed'];

/**
 * A resolution clock is one whose every stop field is `resolved` or `closed`.
 * Only such a clock is reopened by the history (SPEC 5.3): a response clock
 * stopped by `[first_response, resolved]` stays stopped once answered.
 */
export function isResolutionClock(metric: Metric): boolean {
  return metric.stop.length > 0 && metric.stop.every((item) => typeof item === 'string' && RESOLUTION_FIELDS.includes(item));
}

/** A metric with its pause statuses as a set, its items as lookups and its kind, worked out once per run. */
export type MetricClock = {
  metric: Metric;
  pausing: StatusSet;
  resolution: boolean;
  start: ItemLookup;
  stops: readonly ItemLookup[];
  /** What counts as an update; undefined unless the metric is an update-cadence clock. */
  updates: readonly RowTest[] | undefined;
  /** A `first_response` stop also takes the history's first reply. */
  firstResponse: boolean;
};

/** `statuses`: one StatusSet per list of pause statuses in a run, so that metrics pausing alike share their pauses (PauseMemo). */
export function metricClock(metric: Metric, statuses: (list: readonly string[]) => StatusSet = statusSet): MetricClock {
  const rows = (items: readonly ClockItem[]) => items.map(itemLookup).flatMap((l) => (l.row === undefined ? [] : [l.row]));
  return {
    metric,
    pausing: statuses(metric.pauseWhenStatus),
    resolution: isResolutionClock(metric),
    start: itemLookup(metric.start),
    stops: metric.stop.map(itemLookup),
    updates: metric.updates === undefined ? undefined : rows(metric.updates),
    firstResponse: metric.stop.includes('first_response'),
  };
}

export const NO_PAUSES: readonly Pause[] = Object.freeze([]);

/**
 * Undefined when the clock never started on this ticket (no start time, or a
 * start milestone that never happened: SPEC 8.1). `memo` shares the pauses of
 * metrics that pause alike between the clocks of one ticket.
 */
export function clockFor(m: MetricClock, ticket: Ticket, history: TicketHistory, asOf: Instant, done: StatusSet, memo: PauseMemo = pauseMemo()): Clock | undefined {
  const start = startOf(m.start, ticket, history);
  if (start === undefined) return undefined;
  const itemStop = earliestStop(m, ticket, history, asOf, start);
  const stop = m.resolution ? resolutionStop(itemStop, history) : itemStop;
  const updates = m.updates === undefined ? undefined : updatesOf(m.updates, history, start);
  return { start, stop, pauses: history.statuses.length === 0 ? NO_PAUSES : pausesOf(m, history, done, memo), updates };
}

/**
 * The pauses worked out for one ticket (its first `count` entries), by pause
 * statuses and whether done stretches count, reused by its next clocks; the
 * arrays are reused from ticket to ticket.
 */
export type PauseMemo = { history: TicketHistory | undefined; count: number; sets: StatusSet[]; withDone: boolean[]; pauses: (readonly Pause[])[] };

export function pauseMemo(): PauseMemo {
  return { history: undefined, count: 0, sets: [], withDone: [], pauses: [] };
}

function pausesOf(m: MetricClock, history: TicketHistory, done: StatusSet, memo: PauseMemo): readonly Pause[] {
  if (memo.history !== history) {
    memo.history = history;
    memo.count = 0;
  }
  const withDone = m.resolution && history.reopens.length > 0;
  for (let k = 0; k < memo.count; k++) if (memo.sets[k] === m.pausing && memo.withDone[k] === withDone) return memo.pauses[k]!;
  const pauses = statusPauses(history, m.pausing);
  if (withDone) pauses.push(...donePauses(history, done));
  const merged = pauses.length === 0 ? NO_PAUSES : pauses.length === 1 ? pauses : mergePauses(pauses);
  const k = memo.count++;
  memo.sets[k] = m.pausing;
  memo.withDone[k] = withDone;
  memo.pauses[k] = merged;
  return merged;
}

/**
 * The earliest present stop item at or before the as-of instant. An agent
 * reply in the history counts as a `first_response` (the export's column may
 * be missing or later than the history's first reply; the history holds no
 * reply after the as-of instant).
 */
function earliestStop(m: MetricClock, ticket: Ticket, history: TicketHistory, asOf: Instant, start: Instant): Instant | undefined {
  const stop = earliestStopOf(m.stops, ticket, history, asOf, start);
  const reply = history.firstReply;
  if (reply === undefined || !m.firstResponse) return stop;
  return stop === undefined || reply < stop ? reply : stop;
}

/** The earliest of the ticket's times in `fields` that lies at or before the as-of instant. */
export function earliestField(ticket: Ticket, fields: readonly string[], asOf: Instant): Instant | undefined {
  let earliest: Instant | undefined;
  for (const field of fields) {
    const at = ticket.times[field];
    if (at !== undefined && at <= asOf && (earliest === undefined || at < earliest)) earliest = at;
  }
  return earliest;
}

/**
 * SPEC 5.3: the clock stops at the last resolution. A stop field that a
 * reopen in the history follows is an earlier resolution (exports often keep
 * the first one): then the start of the final done stretch stops the clock,
 * or nothing does when the ticket is open again. Without a stop field, a
 * history that ends in a done status stops the clock where that status began.
 */
export function resolutionStop(fieldStop: Instant | undefined, history: TicketHistory): Instant | undefined {
  if (fieldStop === undefined) return history.lastResolution;
  const lastReopen = history.reopens[history.reopens.length - 1];
  return lastReopen !== undefined && lastReopen >= fieldStop ? history.lastResolution : fieldStop;
}

/** While the status is one of the metric's `pause_when_status`. */
function statusPauses(history: TicketHistory, pausing: StatusSet): Pause[] {
  if (pausing.size === 0) return [];
  const pauses: Pause[] = [];
  for (const s of history.statuses) {
    if (pausing.has(s.status)) pauses.push({ from: s.from, to: s.to, label: s.status });
  }
  return pauses;
}

/** SPEC 5.3: time in a done status before a reopen is paused for resolution. */
function donePauses(history: TicketHistory, done: StatusSet): Pause[] {
  if (history.reopens.length === 0) return [];
  const pauses: Pause[] = [];
  let since: { from: Instant; status: string } | undefined;
  for (const s of history.statuses) {
    const isDone = done.has(s.status);
    if (isDone && since === undefined) since = { from: s.from, status: s.status };
    if (!isDone && since !== undefined) {
      pauses.push({ from: since.from, to: s.from, label: since.status });
      since = undefined;
    }
  }
  return pauses;
}

/** Sorted, overlapping or touching pauses merged (the first label stays). */
export function mergePauses(pauses: readonly Pause[]): Pause[] {
  if (pauses.length < 2) return [...pauses];
  const sorted = [...pauses].sort((a, b) => a.from - b.from);
  const merged: Pause[] = [{ ...sorted[0]! }];
  for (const p of sorted.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (p.from <= last.to && (p.label === last.label || p.from < last.to)) last.to = Math.max(last.to, p.to);
    else merged.push({ ...p });
  }
  return merged;
}

/** Pauses cut to [from, to); empty ones dropped. */
export function clipPauses(pauses: readonly Pause[], from: Instant, to: Instant): Pause[] {
  const clipped: Pause[] = [];
  for (const p of pauses) {
    const a = Math.max(p.from, from);
    const b = Math.min(p.to, to);
    if (a < b) clipped.push(p.label === undefined ? { from: a, to: b } : { from: a, to: b, label: p.label });
  }
  return clipped;
}

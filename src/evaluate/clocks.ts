import type { Instant, Pause } from '../calendar/types.js';
import type { ClockItem, Metric } from '../sla/types.js';
import type { Ticket } from '../tickets/types.js';
import type { TicketHistory } from './ticket-history.js';
import { statusSet, type StatusSet } from './ticket-history.js';
import { earliestStopOf, itemLookup, startOf, updatesOf, type ItemLookup, type RowTest } from './milestones.js';
import { NO_PAUSES, pauseMemo, pausesOf, type PauseMemo } from './pauses.js';

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

/**
 * Undefined when the clock never started on this ticket (no start time, or a
 * start milestone that never happened: SPEC 8.1). `memo` shares the pauses of
 * metrics that pause alike between the clocks of one ticket.
 */
export function clockFor(
  m: MetricClock,
  ticket: Ticket,
  history: TicketHistory,
  asOf: Instant,
  done: StatusSet,
  memo: PauseMemo = pauseMemo(),
): Clock | undefined {
  const start = startOf(m.start, ticket, history);
  if (start === undefined) return undefined;
  const itemStop = earliestStop(m, ticket, history, asOf, start);
  const stop = m.resolution ? resolutionStop(itemStop, history) : itemStop;
  const updates = m.updates === undefined ? undefined : updatesOf(m.updates, history, start);
  return { start, stop, pauses: history.statuses.length === 0 ? NO_PAUSES : pausesOf(m, history, done, memo), updates };
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

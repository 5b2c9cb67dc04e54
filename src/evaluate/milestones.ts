import type { Instant } from '../calendar/types.js';
import { isMilestone, REPLY } from '../sla/normalize/clock-items.js';
import type { ClockItem } from '../sla/types.js';
import type { Ticket, TicketEvent } from '../tickets/types.js';
import { statusSet, type TicketHistory } from './ticket-history.js';

/**
 * The items of a metric's start, stop and updates (SPEC 8.1), compiled once
 * per run into lookups on one ticket: a field is the ticket's time; `reply`
 * and a milestone are the first history row at or after an instant that is a
 * reply, or whose column holds one of the milestone's values (compared
 * trimmed, case-insensitively). The history holds no row after the as-of
 * instant.
 */

/** Does one history row count for the item? Undefined for a field (a ticket time, not a row). */
export type RowTest = (event: TicketEvent) => boolean;

export type ItemLookup = { field: string; row?: undefined } | { field?: undefined; row: RowTest };

export function itemLookup(item: ClockItem): ItemLookup {
  if (!isMilestone(item)) return item === REPLY ? { row: isReply } : { field: item };
  const values = statusSet(item.values);
  const { column } = item;
  const valueOf: (e: TicketEvent) => string | undefined =
    column === 'status' ? (e) => e.status : column === 'priority' ? (e) => e.priority : (e) => e.fields?.[column];
  return {
    row: (e) => {
      const value = valueOf(e);
      return value !== undefined && values.has(value);
    },
  };
}

function isReply(e: TicketEvent): boolean {
  return e.reply === true;
}

/** The first row at or after `from` that passes the test. */
export function firstRow(history: TicketHistory, from: Instant, test: RowTest): Instant | undefined {
  for (const e of history.events) if (e.at >= from && test(e)) return e.at;
  return undefined;
}

/**
 * Where a clock starts: a field's time, or the first such row of the
 * ticket's history (SPEC 8.1); undefined when it never started.
 */
export function startOf(lookup: ItemLookup, ticket: Ticket, history: TicketHistory): Instant | undefined {
  return lookup.field !== undefined ? ticket.times[lookup.field] : firstRow(history, -Infinity, lookup.row);
}

/**
 * The earliest present stop: a field's time at or before the as-of instant
 * (as before SPEC 8: one before the start is reported, not skipped), or the
 * first qualifying history row at or after the start.
 */
export function earliestStopOf(
  lookups: readonly ItemLookup[],
  ticket: Ticket,
  history: TicketHistory,
  asOf: Instant,
  start: Instant,
): Instant | undefined {
  let earliest: Instant | undefined;
  for (const lookup of lookups) {
    const at = lookup.field !== undefined ? ticket.times[lookup.field] : firstRow(history, start, lookup.row);
    if (at !== undefined && at <= asOf && (earliest === undefined || at < earliest)) earliest = at;
  }
  return earliest;
}

/** SPEC 8.2: the instants of the rows after the start that count as an update (a row that is a reply and a milestone counts once). */
export function updatesOf(tests: readonly RowTest[], history: TicketHistory, start: Instant): Instant[] {
  const updates: Instant[] = [];
  for (const e of history.events) {
    if (e.at > start && tests.some((test) => test(e))) updates.push(e.at);
  }
  return updates;
}

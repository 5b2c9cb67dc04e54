import type { Instant } from '../calendar/types.js';
import { matchKey } from '../sla/normalize/match-key.js';
import type { Ticket, TicketEvent } from '../tickets/types.js';

/**
 * A ticket's status history as known at the as-of instant (SPEC 5.3): what
 * its status was when, its latest priority, and when it was resolved and
 * reopened. Events after the as-of instant have not happened yet.
 */

/** The ticket had `status` over [from, to); `to` is Infinity for the status it still has. */
export type StatusInterval = { from: Instant; to: Instant; status: string };

export type TicketHistory = {
  /** From the first status event on; before it the status is unknown and nothing is paused. */
  statuses: readonly StatusInterval[];
  /** The latest priority in the history, or the export's when the history has none. */
  priority: string | undefined;
  /** The history holds more than one priority (the export's value counts as one). */
  priorityChanged: boolean;
  /** Instants at which the status left a done status for one that is not (a reopen). */
  reopens: readonly Instant[];
  /** Start of the final stretch of done statuses, when the ticket is done at the as-of instant. */
  lastResolution: Instant | undefined;
  /** The earliest agent reply. */
  firstReply: Instant | undefined;
  /** The events up to the as-of instant, sorted by time: what milestones and updates are looked up in (SPEC 8). */
  events: readonly TicketEvent[];
};

// In the order of the literal ticketHistory returns: one object shape for every history.
const NO_EVENTS: TicketHistory = {
  statuses: [],
  priority: undefined,
  priorityChanged: false,
  reopens: [],
  lastResolution: undefined,
  firstReply: undefined,
  events: [],
};

/** Statuses as a membership test on raw values, compared trimmed and case-insensitively (SPEC 4). */
export type StatusSet = { has(status: string): boolean; readonly size: number };

/**
 * Memoised per distinct raw value: a history repeats a handful of statuses
 * millions of times, and trimming and lower-casing each would allocate.
 */
export function statusSet(statuses: readonly string[]): StatusSet {
  const keys = new Set(statuses.map(matchKey));
  const seen = new Map<string, boolean>();
  return {
    size: keys.size,
    has(status) {
      let member = seen.get(status);
      if (member === undefined) seen.set(status, (member = keys.has(matchKey(status))));
      return member;
    },
  };
}

export function ticketHistory(ticket: Ticket, events: readonly TicketEvent[], asOf: Instant, done: StatusSet): TicketHistory {
  const exportPriority = ticket.fields.priority;
  if (events.length === 0) return { ...NO_EVENTS, priority: exportPriority };
  const statuses: StatusInterval[] = [];
  let reopens: Instant[] | undefined;
  // "More than one priority" without a set per ticket: any value that differs from the first one seen.
  let firstPriority = exportPriority;
  let priorityChanged = false;
  let priority = exportPriority;
  let firstReply: Instant | undefined;
  let doneSince: Instant | undefined;
  let known = 0;
  for (const event of events) {
    if (event.at > asOf) break; // sorted by `at`: the rest has not happened yet
    known++;
    if (event.priority !== undefined) {
      priority = event.priority;
      if (firstPriority === undefined) firstPriority = event.priority;
      else if (event.priority !== firstPriority) priorityChanged = true;
    }
    if (event.reply === true && firstReply === undefined) firstReply = event.at;
    if (event.status === undefined) continue;
    const last = statuses[statuses.length - 1];
    if (last !== undefined && sameStatus(last.status, event.status)) continue;
    if (last !== undefined) last.to = event.at;
    statuses.push({ from: event.at, to: Infinity, status: event.status });
    const isDone = done.has(event.status);
    if (isDone && doneSince === undefined) doneSince = event.at;
    if (!isDone && doneSince !== undefined) {
      (reopens ??= []).push(event.at);
      doneSince = undefined;
    }
  }
  const past = known === events.length ? events : events.slice(0, known);
  return { statuses, priority, priorityChanged, reopens: reopens ?? NO_REOPENS, lastResolution: doneSince, firstReply, events: past };
}

const NO_REOPENS: readonly Instant[] = Object.freeze([]);

function sameStatus(a: string, b: string): boolean {
  if (a === b) return true;
  // Most different statuses differ in their first letter: then no lower-cased copies are made. Only ASCII is
  // told apart this way (| 0x20 lower-cases A-Z and never splits two characters that lower-case alike).
  const x = a.trimStart().charCodeAt(0);
  const y = b.trimStart().charCodeAt(0);
  if (x < 128 && y < 128 && (x | 0x20) !== (y | 0x20)) return false;
  return matchKey(a) === matchKey(b);
}

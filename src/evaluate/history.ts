import type { Instant } from '../calendar/types.js';
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
};

const NO_EVENTS: TicketHistory = {
  statuses: [],
  priority: undefined,
  priorityChanged: false,
  reopens: [],
  lastResolution: undefined,
  firstReply: undefined,
};

/** Lower-cased, trimmed statuses for membership tests (SPEC 4: values compare trimmed, case-insensitively). */
export function statusSet(statuses: readonly string[]): ReadonlySet<string> {
  return new Set(statuses.map((s) => s.trim().toLowerCase()));
}

export function ticketHistory(ticket: Ticket, events: readonly TicketEvent[], asOf: Instant, done: ReadonlySet<string>): TicketHistory {
  const exportPriority = ticket.fields.priority;
  if (events.length === 0) return { ...NO_EVENTS, priority: exportPriority };
  const statuses: StatusInterval[] = [];
  const reopens: Instant[] = [];
  const priorities = new Set<string>();
  if (exportPriority !== undefined) priorities.add(exportPriority);
  let priority = exportPriority;
  let firstReply: Instant | undefined;
  let doneSince: Instant | undefined;
  for (const event of events) {
    if (event.at > asOf) break; // sorted by `at`: the rest has not happened yet
    if (event.priority !== undefined) {
      priority = event.priority;
      priorities.add(event.priority);
    }
    if (event.reply === true && firstReply === undefined) firstReply = event.at;
    if (event.status === undefined) continue;
    const last = statuses[statuses.length - 1];
    if (last !== undefined && sameStatus(last.status, event.status)) continue;
    if (last !== undefined) last.to = event.at;
    statuses.push({ from: event.at, to: Infinity, status: event.status });
    const isDone = done.has(event.status.trim().toLowerCase());
    if (isDone && doneSince === undefined) doneSince = event.at;
    if (!isDone && doneSince !== undefined) {
      reopens.push(event.at);
      doneSince = undefined;
    }
  }
  return { statuses, priority, priorityChanged: priorities.size > 1, reopens, lastResolution: doneSince, firstReply };
}

function sameStatus(a: string, b: string): boolean {
  return a === b || a.trim().toLowerCase() === b.trim().toLowerCase();
}

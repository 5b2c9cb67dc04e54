import type { Instant } from '../calendar/wall-clock.js';
import type { Problem } from '../problem.js';

/**
 * Canonical tickets and status-history events (SPEC 5), whatever helpdesk
 * they came from. Produced by the ticket import; read by evaluation.
 */

/** Where a row came from: file as the user named it, and its 1-based line. */
export type SourceRef = { file: string; line: number };

export type Ticket = {
  id: string;
  source: SourceRef;
  /**
   * Timestamp fields by canonical name (`created` always present; also
   * `first_response`, `resolved`, `closed`, `updated`, and any custom column a
   * metric names as its start or stop).
   */
  times: Readonly<Record<string, Instant | undefined>>;
  /**
   * Text fields by canonical name, trimmed, empty cells absent: `priority`
   * (normalised through priorities.map / matrix), `status`, `service`,
   * `category`, `type`, `group`, `assignee`, `customer`, `title`, `impact`,
   * `urgency`, and any custom column a policy's `when` names.
   */
  fields: Readonly<Record<string, string | undefined>>;
};

/** One change in a ticket's status history; absent = no change (SPEC 5.3). */
export type TicketEvent = {
  at: Instant;
  status?: string;
  /** Normalised like Ticket.fields.priority. */
  priority?: string;
  /** True when this event is an agent's reply. */
  reply?: boolean;
  source: SourceRef;
};

/** The status history, indexed by ticket. */
export type EventLog = {
  /** The ticket's events sorted by `at` (ties keep file order); empty when none. */
  eventsFor(ticketId: string): readonly TicketEvent[];
  /** Number of events kept. */
  readonly size: number;
};

/** Everything an import produced: tickets, their history, and every problem with its place. */
export type ImportResult = {
  tickets: readonly Ticket[];
  events: EventLog;
  /** Statuses that mean "done": the SLA file's, else the preset's. */
  resolvedStatuses: readonly string[];
  /** Rejected rows, notices (encoding guessed, DST adjustments, merged duplicates, events for unknown tickets). */
  problems: readonly Problem[];
};

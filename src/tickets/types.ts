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
  /**
   * The fields `report --by` groups on (ImportOptions.groupBy), each as the
   * list of its distinct values in every column of that name (Jira writes a
   * multi-value field such as Labels as one column per value); empty when
   * none. Absent when nothing is grouped on.
   */
  lists?: Readonly<Record<string, readonly string[]>>;
};

/** One change in a ticket's status history; absent = no change (SPEC 5.3). */
export type TicketEvent = {
  at: Instant;
  status?: string;
  /** Normalised like Ticket.fields.priority. */
  priority?: string;
  /** True when this event is an agent's reply. */
  reply?: boolean;
  /** Other history columns a metric's milestones name (SPEC 8.1): `group`, `assignee`, any other, by lower-case name; absent = no change. */
  fields?: Readonly<Record<string, string>>;
  source: SourceRef;
};

/** The status history, indexed by ticket. */
export type EventLog = {
  /** The ticket's events sorted by `at` (ties keep file order); empty when none. */
  eventsFor(ticketId: string): readonly TicketEvent[];
  /** Number of events kept. */
  readonly size: number;
};

/**
 * The tickets of an import, in the order their ids were first seen. Stored
 * in columns: each Ticket object is built when it is read (iterate once, or
 * ask for one), so a million tickets do not sit in memory as objects.
 */
export type TicketList = Iterable<Ticket> & {
  readonly length: number;
  /** The ticket at a position, 0 <= position < length. */
  at(position: number): Ticket;
  /** The ticket with exactly this id. */
  get(id: string): Ticket | undefined;
  /** Every id, in order. */
  ids(): readonly string[];
};

/** Everything an import produced: tickets, their history, and every problem with its place. */
export type ImportResult = {
  tickets: TicketList;
  events: EventLog;
  /** Statuses that mean "done": the SLA file's, else the preset's. */
  resolvedStatuses: readonly string[];
  /** What `pause_when_status: [waiting]` means: the SLA file's `statuses.waiting`, else the preset's. */
  waitingStatuses: readonly string[];
  /** The preset the files were read with (named, or chosen from the header row); absent when the settings were refused. */
  preset?: string;
  /** Rejected rows, notices (encoding guessed, DST adjustments, merged duplicates, events for unknown tickets). */
  problems: readonly Problem[];
  /** Per ticket file (or event log) with a ticket, its newest activity: how far the export reaches (set by importTickets). */
  activity?: readonly FileActivity[];
  /** Where every row went (set by importTickets). */
  counts?: ImportCounts;
};

/** The latest timestamp among a file's rows in created, first_response, resolved, closed and updated: which, and on which line. */
export type FileActivity = { file: string; at: Instant; field: string; line: number };

/** A file's bytes as the CLI opened them (already gunzipped): the core never touches the file system. */
export type Source = { name: string; chunks: AsyncIterable<Uint8Array> };

/** Command-line settings; each overrides the SLA file's `input.*` counterpart. */
export type ImportOptions = {
  preset?: string;
  /** `--map field=Column`: canonical (or custom) field -> column header. */
  map?: Readonly<Record<string, string>>;
  /** `auto`, `iso` or luxon tokens. */
  dateFormat?: string;
  /** IANA zone of naive timestamps. */
  timezone?: string;
  /** `auto`, `utf-8`, `utf-16le`, `utf-16be`, `windows-1252` (`latin1` accepted). */
  encoding?: string;
  /** `,` `;` `|` or `tab`; detected when absent. */
  delimiter?: string;
  /** Ticket fields or export columns to read as lists, for `report --by` (Ticket.lists). */
  groupBy?: readonly string[];
};

export type ImportRequest = {
  tickets: readonly Source[];
  events?: readonly Source[];
  /**
   * Instead of `events`: the status histories being read elsewhere (a worker
   * thread) while the tickets are read here; the same result as `events`.
   * For ticket tables only: with `input.event_log` the tickets come from the
   * events, so pass `events`.
   */
  history?: Promise<import('./history/history-part.js').HistoryPart>;
  sla: import('../sla/types.js').Sla;
  options?: ImportOptions;
};

/**
 * Where every data row went, so that a run can show nothing was lost:
 * ticket-table rows = tickets + mergedRows + rejected rows of those files;
 * history and event-log rows = events + orphanEvents + ignoredRows + their rejected rows.
 */
export type ImportCounts = {
  /** Data rows read (header excluded), per kind of file. */
  ticketRows: number;
  eventRows: number;
  tickets: number;
  events: number;
  /** Rows rejected with a problem (missing id, bad date, …), per kind of file. */
  rejectedTicketRows: number;
  rejectedEventRows: number;
  /** Ticket rows superseded by another row with the same id. */
  mergedRows: number;
  /** Events whose ticket is not among the tickets (unknown or rejected). */
  orphanEvents: number;
  /** Long-form history rows about other fields (assignee, …). */
  ignoredRows: number;
  /** Event-log groups that could not become a ticket (no created time, …); their rows count as orphan events. */
  rejectedTickets: number;
};

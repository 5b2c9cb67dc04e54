/**
 * A helpdesk's standard export as data (export-formats.md): header names per
 * canonical field (alternatives in order of preference, compared trimmed and
 * case-insensitively), the date format it writes, its default priority labels
 * and what they mean in P1-P4, the statuses that mean "done" and "waiting",
 * the tokens it writes for "no value", the headers that give it away, and how
 * its status history reads.
 */
export type Preset = {
  name: string;
  /** The helpdesk(s) as people call them, for messages and the README. */
  label: string;
  /** Canonical field -> header names that hold it. */
  columns: Readonly<Record<string, readonly string[]>>;
  /**
   * Columns that could fill a field but are not mapped by default, with why
   * (RT's `Told` is the last reply, not the first): `inspect` shows them.
   */
  candidates?: Readonly<Record<string, { columns: readonly string[]; note: string }>>;
  /**
   * Timestamps the export holds only as a duration from another (Zendesk's
   * `First reply time in minutes`): field -> the field it counts from, the
   * headers of its column of calendar minutes, and where that meaning comes
   * from (messages and inspect name it). Used only when the file has no
   * column of the field itself and the user mapped none.
   */
  derived?: Readonly<Record<string, DerivedTime>>;
  /**
   * The helpdesk's own SLA verdict columns, by the field the vendor's clock
   * stops at (`first_response`, `resolved`): header names, as for `columns`.
   * Each is read beside the first metric that stops at that field
   * (vendor-verdict.ts).
   */
  verdicts?: Readonly<Record<string, readonly string[]>>;
  /** `auto`, `iso` or luxon tokens; `auto` where the helpdesk lets each user choose. */
  dateFormat: string;
  /** What the helpdesk writes by default, for the README; `auto` detects it. */
  typicalDateFormat: string;
  /** The helpdesk's default priority labels -> canonical P1-P4 (the SLA file's priorities.map extends and overrides it). */
  priorities: Readonly<Record<string, string>>;
  /** Numeric priorities by range (Request Tracker): the first range whose `min` the number reaches. */
  priorityRanges?: readonly PriorityRange[];
  /** Statuses that mean the work is done (SLA `statuses.resolved` replaces them). */
  resolvedStatuses: readonly string[];
  /** Statuses that mean the ticket waits for the customer or a third party: `pause_when_status: [waiting]`. */
  waitingStatuses: readonly string[];
  nullValues: readonly string[];
  /**
   * The helpdesk writes tab-separated files without quoting (Request
   * Tracker): in a file whose delimiter is a tab, `"` is text, not a quote.
   * A quote-aware reader would join rows from a subject that starts with `"`
   * to the next that holds one.
   */
  unquotedTabs?: true;
  /**
   * Cells are HTML text (GLPI): entities such as `&gt;` are decoded, and a
   * number grouped with non-breaking spaces (`5 732 921`) loses the spaces.
   */
  htmlCells?: true;
  /**
   * Header sets that give the helpdesk away when no preset is named: the
   * preset is chosen when the header row holds every name of one set.
   */
  signatures: readonly (readonly string[])[];
  /** Status-history column (ticket, at, status, priority, reply, group, assignee, field, value) -> header names. */
  events: Readonly<Record<string, readonly string[]>>;
  /** Defaults for `input.event_log` when the export is an event log. */
  eventLog?: { ticket?: string; at?: string; order?: string; status?: string; priority?: string };
  /** How the helpdesk's raw-value export (codes and record ids instead of labels) gives itself away, and the zone of its times (raw-values.ts). */
  rawValues?: RawValues;
};

/**
 * A raw-value export: choice fields hold their codes (`6`, not `Resolved`),
 * reference fields the referenced record's id, and times a fixed zone rather
 * than the exporting user's.
 */
export type RawValues = {
  /** What the helpdesk calls this form of export, for messages. */
  name: string;
  /** Canonical field -> every code its raw cells hold. */
  codes: Readonly<Record<string, readonly string[]>>;
  /** Canonical fields whose raw cells are record ids. */
  references: readonly string[];
  /** A record id as the raw export writes it (a regular expression's source, matched whole). */
  recordId: string;
  /** The IANA zone the raw export writes its times in. */
  zone: string;
  /** How to export with labels instead, for hints. */
  displayHint: string;
};

/** A timestamp as `from` plus a column of calendar minutes (elapsed time, not business time: only such a duration pins an instant). */
export type DerivedTime = { from: string; minutes: readonly string[]; source: string };

/** Integers from `min` up (to the next range's `min`) mean `priority`; ranges listed from the highest `min` down. */
export type PriorityRange = { min: number; priority: string };

/**
 * Null tokens seen in real files (export-formats.md 7), and Request Tracker's
 * `Not set` for a date it has not got: every preset reads them as
 * empty, so that an open RT ticket is not rejected for its empty `Resolved`.
 */
export const COMMON_NULLS: readonly string[] = ['?', 'NA', 'N/A', '#N/A', '#N/B', '-', 'null', '(none)', 'Not set'];

/** Status-history headers every preset understands (SPEC 5.3 names and common spellings). */
export const COMMON_EVENTS: Readonly<Record<string, readonly string[]>> = {
  ticket: ['ticket', 'ticket id', 'ticket_id', 'ticket number', 'id', 'case id', 'issue key', 'issuekey', 'key', 'number'],
  at: ['at', 'timestamp', 'time', 'date', 'changed at', 'changed_at', 'created', 'created at', 'created_at'],
  status: ['status', 'state', 'to', 'tostring', 'to string', 'new status'],
  priority: ['priority'],
  reply: ['reply', 'replied', 'agent reply', 'public reply'],
  // Read only when a metric's milestone names them (SPEC 8.1); also the long form's field names.
  group: ['group', 'assignment group', 'assignment_group', 'group_id', 'gruppe', 'tildelt gruppe'],
  assignee: ['assignee', 'assigned to', 'assigned_to', 'assignee_id', 'zuweisung', 'tildelt', 'ansvarlig'],
  field: ['field', 'field name', 'field_name', 'fieldname'],
  value: ['value', 'new value', 'new_value', 'newvalue', 'tostring', 'to string', 'to'],
};

/** Merge preset-specific history headers in front of the common ones. */
export function withCommonEvents(own: Readonly<Record<string, readonly string[]>>): Readonly<Record<string, readonly string[]>> {
  const merged: Record<string, readonly string[]> = {};
  for (const key of Object.keys(COMMON_EVENTS)) merged[key] = [...(own[key] ?? []), ...COMMON_EVENTS[key]!];
  return merged;
}

/**
 * The Danish statuses of a ticket waiting on someone else (SPEC 4's example
 * pauses on the first two; `leverandør` is the supplier's supplier): generic
 * and Danish sheets.
 */
export const DANISH_WAITING: readonly string[] = ['Afventer kunde', 'Afventer tredjepart', 'Afventer leverandør'];

/**
 * A helpdesk's standard export as data (export-formats.md): header names per
 * canonical field (alternatives in order of preference, compared trimmed and
 * case-insensitively), the date format it writes, the statuses that mean
 * "done", the tokens it writes for "no value", and how its status history
 * reads.
 */
export type Preset = {
  name: string;
  /** Canonical field -> header names that hold it. */
  columns: Readonly<Record<string, readonly string[]>>;
  /** `auto`, `iso` or luxon tokens; `auto` where the helpdesk lets each user choose. */
  dateFormat: string;
  /** What the helpdesk writes by default, for the README; `auto` detects it. */
  typicalDateFormat: string;
  resolvedStatuses: readonly string[];
  nullValues: readonly string[];
  /** Status-history column (ticket, at, status, priority, reply, group, assignee, field, value) -> header names. */
  events: Readonly<Record<string, readonly string[]>>;
  /** Defaults for `input.event_log` when the export is an event log. */
  eventLog?: { ticket?: string; at?: string; order?: string; status?: string; priority?: string };
};

/** Null tokens seen in real files (export-formats.md 7). */
export const COMMON_NULLS: readonly string[] = ['?', 'NA', 'N/A', '#N/A', '#N/B', '-', 'null', '(none)'];

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

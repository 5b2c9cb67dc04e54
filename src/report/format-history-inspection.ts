import type { NameCheck } from '../tickets/inspect/history-names.js';
import type { HistoryInspection, Tally } from '../tickets/inspect/inspect-history.js';
import { columns, indent } from './plain-columns.js';
import { visible } from './escape-controls.js';

/**
 * `slacheck inspect --events` as text, in the order a new user checks a
 * history: is it read right and in which form, which column is which field,
 * the statuses, groups, assignees and reply values it holds, and (with
 * --sla) whether each name the SLA file uses occurs. Plain aligned columns,
 * no colour; cell values with control characters escaped.
 */
export function formatHistoryInspection(x: HistoryInspection, checks: readonly NameCheck[] | null): string {
  const lines = [
    visible(x.file),
    ...indent(
      columns([
        [
          'form',
          x.form === 'wide' ? 'wide (a column per history field; an empty cell is no change)' : 'long (a row per change: field and value)',
        ],
        ['encoding', x.encoding],
        ['delimiter', x.delimiter],
        ['preset', `${x.preset.name} (${x.preset.label})`],
        ['rows', String(x.rows)],
        ['tickets', String(x.tickets)],
        ['time zone', `${x.timezone} (for times without an offset)`],
      ]),
    ),
    '',
    'columns (history field, the column that fills it, rows with a value)',
    ...indent(
      columns(x.columns.map((c) => [c.field, c.column === null ? '—' : visible(c.column), c.column === null ? '' : String(c.rows)])),
    ),
    '',
    `dates: ${x.dates.format ?? 'no time in the file'}${x.dates.unreadable === 0 ? '' : `; ${x.dates.unreadable} value${x.dates.unreadable === 1 ? '' : 's'} cannot be read`}`,
    ...(x.form === 'long'
      ? [
          '',
          'fields (value of the field column, rows, read as)',
          ...indent(columns(x.fields.map((f) => [shown(f.value), String(f.count), f.read_as ?? 'not read']))),
        ]
      : []),
    ...Object.entries(x.values).flatMap(([field, tallies]) =>
      field === 'reply' ? [] : ['', ...tallyLines(plural(field), tallies, x, field)],
    ),
    '',
    ...(x.replies.length === 0
      ? [`replies: ${hasField(x, 'reply') ? 'no values' : x.form === 'long' ? 'no reply rows' : 'no reply column'}`]
      : [
          'replies (value, rows, read as)',
          ...indent(columns(x.replies.map((r) => [shown(r.value), String(r.count), r.public ? 'public reply' : 'internal: no reply']))),
        ]),
    ...(checks === null
      ? []
      : ['', 'names in the SLA file (where, field, value, rows in this history)', ...indent(columns(checks.map(checkColumns)))]),
  ];
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

function tallyLines(title: string, tallies: readonly Tally[], x: HistoryInspection, field: string): string[] {
  if (tallies.length === 0)
    return [`${title}: ${hasField(x, field) ? 'no values' : x.form === 'long' ? `no ${field} rows` : `no ${field} column`}`];
  return [`${title} (value, rows)`, ...indent(columns(tallies.map((t) => [shown(t.value), String(t.count)])))];
}

function checkColumns(c: NameCheck): string[] {
  const never = c.history_only ? 'never occurs' : 'not in this history (the tickets may have it: slacheck review says when none has)';
  const found = c.rows > 0 ? String(c.rows) : c.nearest === null ? never : `${never}; nearest: "${visible(c.nearest)}"`;
  return [c.where, c.field, c.field === 'reply' ? 'public replies' : `"${visible(c.value)}"`, found];
}

/** Whether the history has the field: a wide column, or long-form rows read as it. */
function hasField(x: HistoryInspection, field: string): boolean {
  return x.form === 'long' ? x.fields.some((f) => f.read_as === field) : x.columns.some((c) => c.field === field && c.column !== null);
}

function plural(field: string): string {
  const known: Readonly<Record<string, string>> = { status: 'statuses', priority: 'priorities', group: 'groups', assignee: 'assignees' };
  return known[field] ?? `${field} values`;
}

function shown(value: string): string {
  return value === '' ? '(empty)' : visible(value);
}

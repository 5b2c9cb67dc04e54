import type { Inspection } from '../tickets/inspect/inspect-export.js';
import { columns, indent } from './plain-columns.js';
import { visible } from './escape-controls.js';

/**
 * `slacheck inspect` as text: what slacheck will read, in the order a new
 * user checks it (is the file read right, which column is which, are the
 * dates right, what do the priorities and statuses become, what is left
 * over). Warnings go to stderr (and into the JSON form), not here.
 * Plain aligned columns, no colour, deterministic. Cell values are
 * shown with control characters escaped, so a hostile export cannot drive
 * the terminal.
 */
export function formatInspection(x: Inspection): string {
  const lines = [
    visible(x.file),
    ...indent(
      columns([
        ['encoding', x.encoding],
        ['delimiter', x.delimiter],
        ['preset', `${x.preset.name} (${x.preset.label}; ${presetHow(x.preset)})`],
        ['rows', String(x.rows)],
        ['time zone', `${x.timezone} (for times without an offset)`],
      ]),
    ),
    '',
    'fields (canonical field, the column that fills it)',
    ...indent(columns(x.fields.map((f) => [f.field, fieldColumn(f)]))),
    '',
    ...formatDates(x.dates),
    '',
    `priorities (${x.priorities.length > 0 ? 'value, rows, the priority policies see' : hasColumn(x, 'priority') ? 'no values' : 'no priority column'})`,
    ...indent(columns(x.priorities.map((p) => [shown(p.value), String(p.count), priorityText(p)]))),
    '',
    `statuses (${x.statuses.length > 0 ? 'value, rows, meaning' : hasColumn(x, 'status') ? 'no values' : 'no status column'})`,
    ...indent(columns(x.statuses.map((s) => [shown(s.value), String(s.count), s.meaning ?? '']))),
    '',
    ...formatVerdicts(x.vendor_verdicts),
    `unused columns: ${x.unused_columns.length === 0 ? 'none' : x.unused_columns.map(visible).join(', ')}`,
  ];
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

/** The helpdesk's own SLA verdict columns: what check and explain compare them with. */
function formatVerdicts(verdicts: Inspection['vendor_verdicts']): string[] {
  if (verdicts.length === 0) return [];
  const rows = verdicts.map((v) => [
    visible(v.column),
    v.metric === null
      ? `not compared: no metric starts at created and stops first at ${v.stops_at} (inspect --sla FILE reads the SLA file's metrics)`
      : `compared with the metric ${v.metric}`,
  ]);
  return ['helpdesk verdicts (column, what check and explain compare it with)', ...indent(columns(rows)), ''];
}

function hasColumn(x: Inspection, field: string): boolean {
  return x.fields.some((f) => f.field === field && f.column !== null);
}

function presetHow(p: Inspection['preset']): string {
  if (p.chosen === 'named') return 'named';
  if (p.chosen === 'default') return 'no helpdesk recognised in the header row';
  return `chosen from the header row: ${p.signature.map((s) => `"${s}"`).join(', ')}`;
}

function fieldColumn(f: Inspection['fields'][number]): string {
  if (f.column !== null && f.derived !== undefined)
    return `${visible(f.column)} (minutes after "${visible(f.derived.from)}": ${f.derived.source})`;
  if (f.column !== null) return visible(f.column);
  return f.candidate === undefined ? '—' : `— (candidate "${visible(f.candidate.column)}": ${f.candidate.note})`;
}

function formatDates(d: Inspection['dates']): string[] {
  const how = d.setting === 'auto' ? 'detected' : `input.date_format ${d.setting}`;
  const head = d.format === null ? 'dates: no timestamp in the file' : `dates: ${d.format} (${how})`;
  const samples = d.samples.map((s) => [visible(s.column), `"${visible(s.text)}"`, '->', s.instant]);
  const bad = d.unreadable.map((u) => [visible(u.column), `${u.count} value${u.count === 1 ? '' : 's'} cannot be read`]);
  return [head, ...indent(columns(samples)), ...indent(columns(bad))];
}

function priorityText(p: Inspection['priorities'][number]): string {
  if (p.priority === null) return 'no priority (no policy that asks for one matches)';
  if (p.priority === 'matrix') return 'from impact and urgency (priorities.matrix)';
  if (p.mapped || /^p\d+$/i.test(p.priority)) return p.mapped ? `-> ${p.priority}` : p.priority;
  return `not mapped: policies see "${visible(p.priority)}"`;
}

function shown(value: string): string {
  return value === '' ? '(empty)' : visible(value);
}

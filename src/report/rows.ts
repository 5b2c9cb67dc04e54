import type { CheckDocument, ExplainDocument, Output, ReportDocument } from './documents.js';

/**
 * Documents as tables of cells, shared by the table, csv and markdown
 * printers so that each column is named once: `key` is the machine name (the
 * JSON key, the CSV header), `header` the human one (table and markdown).
 * `wide` columns are left out of the table and markdown views, which show the
 * summary a person reads; csv carries every field of the JSON.
 */
export type ColumnType = 'text' | 'count' | 'minutes' | 'percent' | 'instant' | 'flag';
export type Column = { key: string; header: string; type: ColumnType; wide?: boolean };
export type Cell = string | number | boolean | null;
export type Table = { title: string; columns: readonly Column[]; rows: readonly (readonly Cell[])[] };

/** Counts, durations and percentages line up on the right. */
export function isNumeric(type: ColumnType): boolean {
  return type === 'count' || type === 'minutes' || type === 'percent';
}

const col = (key: string, header: string, type: ColumnType, wide = false): Column => (wide ? { key, header, type, wide } : { key, header, type });

export const RECORD_COLUMNS: readonly Column[] = [
  col('ticket', 'ticket', 'text'),
  col('metric', 'metric', 'text'),
  col('policy', 'policy', 'text', true),
  col('priority', 'priority', 'text'),
  col('calendar', 'calendar', 'text', true),
  col('start', 'start', 'instant', true),
  col('due', 'due', 'instant'),
  col('stop', 'stopped', 'instant'),
  col('target_minutes', 'target', 'minutes', true),
  // Shown: for an update-cadence record it is the longest time between updates (SPEC 8.2).
  col('elapsed_minutes', 'elapsed', 'minutes'),
  col('paused_minutes', 'paused', 'minutes', true),
  col('wall_minutes', 'wall clock', 'minutes', true),
  col('over_minutes', 'over by', 'minutes'),
  col('status', 'status', 'text'),
  col('priority_changed', 'priority changed', 'flag', true),
  col('updates', 'updates', 'count', true),
  col('late_updates', 'late updates', 'count', true),
];

export const KPI_COLUMNS: readonly Column[] = [
  col('metric', 'metric', 'text'),
  col('count', 'count', 'count'),
  col('met', 'met', 'count'),
  col('breached', 'breached', 'count'),
  col('overdue', 'overdue', 'count'),
  col('open', 'open', 'count'),
  col('attainment_percent', 'attainment', 'percent'),
  col('goal_percent', 'goal', 'percent'),
  col('goal_met', 'goal met', 'flag'),
  col('median_minutes', 'median', 'minutes'),
  col('p90_minutes', 'P90', 'minutes'),
  col('mean_minutes', 'mean', 'minutes'),
  col('max_minutes', 'max', 'minutes'),
];

export const VOLUME_COLUMNS: readonly Column[] = [
  col('created', 'created', 'count'),
  col('resolved', 'resolved', 'count'),
  col('backlog', 'backlog at end', 'count'),
  col('reopened', 'reopened', 'count'),
  col('without_sla', 'without SLA', 'count'),
];

export const SEGMENT_COLUMNS: readonly Column[] = [
  col('metric', 'metric', 'text'),
  col('from', 'from', 'instant'),
  col('to', 'to', 'instant'),
  col('kind', 'kind', 'text'),
  col('label', 'why', 'text'),
  col('minutes', 'duration', 'minutes'),
];

export const INTERVAL_COLUMNS: readonly Column[] = [
  col('metric', 'metric', 'text'),
  col('from', 'from', 'instant'),
  col('to', 'to', 'instant'),
  col('minutes', 'business time', 'minutes'),
  col('late', 'late', 'flag'),
];

export function toTables(output: Output): Table[] {
  switch (output.command) {
    case 'check':
      return [checkTable(output.document)];
    case 'report':
      return reportTables(output.document);
    case 'explain':
      return explainTables(output.document);
  }
}

function table(title: string, columns: readonly Column[], objects: readonly object[]): Table {
  const rows = objects.map((o) => columns.map((c) => ((o as Record<string, Cell>)[c.key] ?? null)));
  return { title, columns, rows };
}

function heading(doc: { as_of: string; period: CheckDocument['period'] }): string {
  const period = doc.period === null ? 'all records' : `period ${doc.period.label} [${doc.period.from}, ${doc.period.to})`;
  return `${period}, as of ${doc.as_of}`;
}

function checkTable(doc: CheckDocument): Table {
  return table(`Records: ${heading(doc)}`, RECORD_COLUMNS, doc.records);
}

function reportTables(doc: ReportDocument): Table[] {
  const groups = doc.group_by.map((key) => col(key, key, 'text'));
  return [table(`KPIs: ${heading(doc)}`, [...groups, ...KPI_COLUMNS], doc.kpis), table('Volume', VOLUME_COLUMNS, [doc.volume])];
}

/** Explain shows few records, so its summary columns include the clock's figures. */
const EXPLAIN_SHOWN = new Set(['metric', 'calendar', 'start', 'due', 'stop', 'target_minutes', 'elapsed_minutes', 'paused_minutes', 'over_minutes', 'status']);
const EXPLAIN_RECORD_COLUMNS: readonly Column[] = RECORD_COLUMNS.map((c) => col(c.key, c.header, c.type, !EXPLAIN_SHOWN.has(c.key)));

function explainTables(doc: ExplainDocument): Table[] {
  const why = doc.matched.map((m) => `${m.field} "${m.value}"`).join(', ');
  const policy = doc.policy === null ? 'no policy matches: no SLA' : `policy "${doc.policy}"${why === '' ? ' (matches every ticket)' : ` because ${why}`}`;
  // SPEC 8.2: the intervals between updates, only when a record counts updates.
  const intervals = doc.intervals.length === 0 ? [] : [table('Intervals between updates', INTERVAL_COLUMNS, doc.intervals)];
  return [
    table(`Ticket ${doc.ticket} (${doc.source.file}:${doc.source.line}): ${policy}; as of ${doc.as_of}`, EXPLAIN_RECORD_COLUMNS, doc.records),
    ...intervals,
    table('Timeline', SEGMENT_COLUMNS, doc.timeline),
  ];
}

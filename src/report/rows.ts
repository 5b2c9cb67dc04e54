import { compareTables } from './compare-rows.js';
import type { CheckDocument, ExplainDocument, Output, ReportDocument } from './documents.js';
import { lazyMap } from './lazy-map.js';
import { suggestTables } from './suggest-rows.js';

/**
 * Documents as tables of cells, shared by the table, csv and markdown
 * printers so that each column is named once: `key` is the machine name (the
 * JSON key, the CSV header), `header` the human one (table and markdown).
 * `wide` columns are left out of the table and markdown views, which show the
 * summary a person reads; csv carries every field of the JSON. Rows are made
 * as they are read (a check of a million records never holds them twice).
 * `name` is what `--table` selects: records, kpis, volume, timeline.
 */
export type ColumnType = 'text' | 'count' | 'minutes' | 'percent' | 'points' | 'instant' | 'flag';
/**
 * `optional`: table and markdown show the column only when a row has a value
 * in it (a ticket field the export has no column for is left out there; csv,
 * json and ndjson keep every key, so that a workbook's columns stay put).
 */
export type Column = { key: string; header: string; type: ColumnType; wide?: boolean; optional?: boolean };
export type Cell = string | number | boolean | null;
export type TableName = 'records' | 'kpis' | 'volume' | 'intervals' | 'timeline' | 'slas' | 'flips' | 'suggestions';
/** `hidden`: empty, and left out when every table is shown (it is printed, header only, when asked for by name). */
export type Table = { name: TableName; title: string; columns: readonly Column[]; rows: Iterable<readonly Cell[]>; hidden?: boolean };

/** Counts, durations and percentages line up on the right. */
export function isNumeric(type: ColumnType): boolean {
  return type === 'count' || type === 'minutes' || type === 'percent' || type === 'points';
}

// A function declaration: compare-rows.ts and suggest-rows.ts (imported below, in a cycle) call it while this module loads.
export function column(key: string, header: string, type: ColumnType, wide = false, optional = false): Column {
  const c: Column = wide ? { key, header, type, wide } : { key, header, type };
  return optional ? { ...c, optional } : c;
}
const col = column;

export const RECORD_COLUMNS: readonly Column[] = [
  col('ticket', 'ticket', 'text'),
  col('metric', 'metric', 'text'),
  col('policy', 'policy', 'text', true),
  col('priority', 'priority', 'text'),
  col('calendar', 'calendar', 'text', true),
  col('start', 'start', 'instant', true),
  col('stop', 'stopped', 'instant'),
  col('due', 'due', 'instant'),
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
  // The helpdesk's own verdict, where the export has one.
  col('vendor_verdict', 'helpdesk verdict', 'text', false, true),
  col('verdict_differs', 'differs', 'flag', false, true),
  // The ticket's own fields, last: the title is the longest cell of a row.
  col('customer', 'customer', 'text', false, true),
  col('group', 'group', 'text', false, true),
  col('service', 'service', 'text', false, true),
  col('title', 'title', 'text', false, true),
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
    case 'compare':
      return compareTables(output.document);
    case 'suggest':
      return suggestTables(output.document);
  }
}

/** The tables of each command's document, the first being what csv prints by default; `--table` chooses among them. */
export const TABLES_OF = {
  check: ['records'],
  report: ['kpis', 'volume'],
  explain: ['records', 'intervals', 'timeline'],
  compare: ['kpis', 'slas', 'flips'],
  suggest: ['suggestions'],
} as const satisfies Record<Output['command'], readonly TableName[]>;

/** The document's tables: all of them, the default one (TABLES_OF's first), or the one named (the CLI offers only names the command has). */
export function pickTables(output: Output, which: TableName | 'all' | 'first'): Table[] {
  const tables = toTables(output);
  if (which === 'all') return tables.filter((t) => t.hidden !== true);
  const name = which === 'first' ? TABLES_OF[output.command][0] : which;
  const picked = tables.filter((t) => t.name === name);
  if (picked.length === 0 && which !== 'first') throw new Error(`${output.command} has no table "${which}"`);
  return picked;
}

export function table(name: TableName, title: string, columns: readonly Column[], objects: Iterable<object>): Table {
  const rows = lazyMap(objects, (o) => columns.map((c) => (o as Record<string, Cell>)[c.key] ?? null));
  return { name, title, columns, rows };
}

/** `period 2026-10 [from, to), as of …`, and that the period is still running when the as-of lies before its end. */
export function heading(doc: { as_of: string; period: CheckDocument['period'] }): string {
  const period = doc.period === null ? 'all records' : `period ${doc.period.label} [${doc.period.from}, ${doc.period.to})`;
  const running = doc.period?.complete === false ? '; the period is still running: data up to the as-of' : '';
  return `${period}, as of ${doc.as_of}${running}`;
}

function checkTable(doc: CheckDocument): Table {
  return table('records', `Records: ${heading(doc)}`, RECORD_COLUMNS, doc.records);
}

function reportTables(doc: ReportDocument): Table[] {
  const groups = doc.group_by.map((key) => col(key, key, 'text'));
  return [
    table('kpis', `KPIs: ${heading(doc)}`, [...groups, ...KPI_COLUMNS], doc.kpis),
    table('volume', 'Volume', VOLUME_COLUMNS, [doc.volume]),
  ];
}

/** Explain shows few records, so its summary columns include the clock's figures. */
const EXPLAIN_SHOWN = new Set([
  'metric',
  'calendar',
  'start',
  'due',
  'stop',
  'target_minutes',
  'elapsed_minutes',
  'paused_minutes',
  'over_minutes',
  'status',
  'vendor_verdict',
  'verdict_differs',
]);
const EXPLAIN_RECORD_COLUMNS: readonly Column[] = RECORD_COLUMNS.map((c) =>
  col(c.key, c.header, c.type, !EXPLAIN_SHOWN.has(c.key), c.optional === true),
);

function explainTables(doc: ExplainDocument): Table[] {
  const why = doc.matched.map((m) => `${m.field} "${m.value}"`).join(', ');
  const policy =
    doc.policy === null
      ? 'no policy matches: no SLA'
      : `policy "${doc.policy}"${why === '' ? ' (matches every ticket)' : ` because ${why}`}`;
  // SPEC 8.2: the intervals between updates; left out of the full view when no record counts updates.
  const intervals = {
    ...table('intervals', 'Intervals between updates', INTERVAL_COLUMNS, doc.intervals),
    hidden: doc.intervals.length === 0,
  };
  return [
    table(
      'records',
      `Ticket ${doc.ticket} (${doc.source.file}:${doc.source.line}): ${policy}; as of ${doc.as_of}`,
      EXPLAIN_RECORD_COLUMNS,
      doc.records,
    ),
    intervals,
    table('timeline', 'Timeline', SEGMENT_COLUMNS, doc.timeline),
  ];
}

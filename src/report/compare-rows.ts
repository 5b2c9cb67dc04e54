import type { CompareDocument } from './compare-document.js';
import { column as col, heading, KPI_COLUMNS, table, type Column, type Table } from './rows.js';

/**
 * `compare` as tables (table, csv, markdown): the files compared, then one
 * row per group, metric and file (each file's figures under the other's, the
 * difference against the first file beside them), then the flips when asked.
 */
export const COMPARE_SLA_COLUMNS: readonly Column[] = [
  col('sla', 'SLA file', 'text'),
  col('name', 'agreement', 'text'),
  col('verdicts_changed', 'verdicts changed vs first', 'count'),
];

/** `report`'s verdict columns, between the file's target and its difference; built when asked (rows.ts imports this file). */
const VERDICT_KEYS = new Set(['met', 'breached', 'overdue', 'open', 'attainment_percent', 'goal_percent', 'goal_met']);

export function compareKpiColumns(): Column[] {
  return [
    col('metric', 'metric', 'text'),
    col('sla', 'SLA file', 'text'),
    col('target', 'target', 'text'),
    col('target_minutes', 'target minutes', 'minutes', true),
    col('count', 'count', 'count', true),
    ...KPI_COLUMNS.filter((c) => VERDICT_KEYS.has(c.key)),
    col('difference_points', 'vs first', 'points'),
  ];
}

export const FLIP_COLUMNS: readonly Column[] = [
  col('ticket', 'ticket', 'text'),
  col('metric', 'metric', 'text'),
  col('priority', 'priority', 'text'),
  col('sla', 'SLA file', 'text'),
  col('policy', 'policy', 'text'),
  col('target', 'target', 'text'),
  col('elapsed_minutes', 'elapsed', 'minutes'),
  col('status', 'status', 'text'),
];

export function compareTables(doc: CompareDocument): Table[] {
  const groups = doc.group_by.map((key) => col(key, key, 'text'));
  const by = doc.group_by.length === 0 ? '' : ` by ${doc.group_by.join(', ')}`;
  const tables = [
    table('slas', `Compare: ${heading(doc)}`, COMPARE_SLA_COLUMNS, doc.slas),
    table(
      'kpis',
      `KPIs${by} under each SLA file (vs first: percentage points against the first file)`,
      [...groups, ...compareKpiColumns()],
      doc.kpis,
    ),
  ];
  if (doc.flips !== null)
    tables.push(table('flips', 'Flips: tickets whose verdict differs between the files ("-": no record)', FLIP_COLUMNS, doc.flips));
  return tables;
}

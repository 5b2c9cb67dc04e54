import { column as col, heading, table, type Column, type Table } from './rows.js';
import type { SuggestDocument } from './suggest-document.js';

/** `suggest` as a table (table, csv, markdown): one row per policy and metric, the note last. */
export const SUGGESTION_COLUMNS: readonly Column[] = [
  col('policy', 'policy', 'text'),
  col('metric', 'metric', 'text'),
  col('goal_percent', 'goal', 'percent'),
  col('current_target', 'target', 'text'),
  col('current_target_minutes', 'target minutes', 'minutes', true),
  col('current_attainment_percent', 'attainment', 'percent'),
  col('suggested_target_minutes', 'smallest reaching goal', 'minutes'),
  col('rounded_target_minutes', 'rounded up', 'minutes'),
  col('rounded_attainment_percent', 'attainment at rounded', 'percent'),
  col('p50_minutes', 'P50', 'minutes'),
  col('p80_minutes', 'P80', 'minutes'),
  col('p90_minutes', 'P90', 'minutes'),
  col('note', 'note', 'text'),
];

export function suggestTables(doc: SuggestDocument): Table[] {
  return [table('suggestions', `Suggested targets: ${heading(doc)}`, SUGGESTION_COLUMNS, doc.suggestions)];
}

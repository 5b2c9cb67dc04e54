import { itemFields } from '../../sla/clock-items.js';
import type { Problem } from '../../problem.js';
import type { Metric } from '../../sla/types.js';
import type { FieldColumn } from './column-plan.js';
import { missingColumn, type Headers } from '../read/headers.js';

/**
 * Issue 8: a metric whose every stop field has no column in a ticket export
 * never stops on its tickets: every clock runs on and every ticket ends up
 * overdue, without a word (a TOPdesk export with Dutch headers, Zammad's
 * reporting download). One warning per file, naming the metrics. The import keeps
 * them only when no status history was read: a history's done statuses and
 * replies can stop those clocks.
 */
export function missingStopColumns(file: string, headers: Headers, found: readonly FieldColumn[], metrics: Iterable<Metric>): Problem[] {
  const have = new Set(found.map((c) => c.field));
  const stuck: string[] = [];
  const missing = new Set<string>();
  for (const metric of metrics) {
    // Only plain ticket fields: `reply` and milestones come from the history.
    const fields = itemFields(metric.stop);
    if (fields.length === 0 || fields.length < metric.stop.length || fields.some((f) => have.has(f))) continue;
    stuck.push(`"${metric.name}"`);
    for (const f of fields) missing.add(f);
  }
  if (stuck.length === 0) return [];
  const fields = [...missing];
  const named = fields.map((f) => `"${f}"`).join(' or ');
  const metricsText = stuck.length === 1 ? `metric ${stuck[0]} stops` : `metrics ${stuck.slice(0, -1).join(', ')} and ${stuck[stuck.length - 1]} stop`;
  const base = missingColumn(file, fields[0]!, [fields[0]!], headers, false);
  const message = `no column for ${named}, where ${metricsText}: without a status history ${stuck.length === 1 ? 'its clock never stops' : 'their clocks never stop'}, and every ticket ends up overdue`;
  return [{ ...base, code: 'tickets.no-stop-column', severity: 'warning', message }];
}

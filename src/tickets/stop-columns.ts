import type { Problem } from '../problem.js';
import type { Metric } from '../sla/types.js';
import type { FieldColumn } from './column-plan.js';
import { missingColumn, type Headers } from './headers.js';

/**
 * Issue 8: a metric whose every stop field has no column in a ticket export
 * never stops on its tickets: every clock runs on and every ticket ends up
 * overdue, without a word (a TOPdesk export with Dutch headers, Zammad's
 * reporting download). One warning per file and metric. The import keeps
 * them only when no status history was read: a history's done statuses and
 * replies can stop those clocks.
 */
export function missingStopColumns(file: string, headers: Headers, found: readonly FieldColumn[], metrics: Iterable<Metric>): Problem[] {
  const have = new Set(found.map((c) => c.field));
  const out: Problem[] = [];
  for (const metric of metrics) {
    // Only plain ticket fields: `reply` and milestones come from the history.
    const fields = metric.stop.filter((item): item is string => typeof item === 'string');
    if (fields.length === 0 || fields.length < metric.stop.length || fields.includes('reply') || fields.some((f) => have.has(f))) continue;
    const named = fields.map((f) => `"${f}"`).join(' or ');
    const base = missingColumn(file, fields[0]!, [fields[0]!], headers, false);
    out.push({ ...base, code: 'tickets.no-stop-column', severity: 'warning', message: `no column for ${named}, where metric "${metric.name}" stops: its clock never stops, every ticket runs on to overdue` });
  }
  return out;
}

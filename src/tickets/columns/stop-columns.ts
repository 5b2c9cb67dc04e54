import { formatClockItem, itemFields } from '../../sla/normalize/clock-items.js';
import type { Problem } from '../../problem.js';
import type { Metric } from '../../sla/types.js';
import type { FieldColumn } from './column-plan.js';
import { missingColumn, type Headers } from '../read/headers.js';

/**
 * A warning about a clock that no column of a ticket export can stop as the
 * SLA means it, with what in a status history would make it moot: any event
 * (done statuses and replies stop clocks), replies only (they stand in for
 * first_response), or nothing. The import keeps it unless the history has that.
 */
export type StopWarning = { problem: Problem; mootWith: 'history' | 'replies' | 'nothing' };

/**
 * A metric whose every stop field has no column in a ticket export
 * never stops on its tickets: every clock runs on and every ticket ends up
 * overdue, without a word (a TOPdesk export with Dutch headers, Zammad's
 * reporting download). One warning per file, naming the metrics. The import keeps
 * them only when no status history was read: a history's done statuses and
 * replies can stop those clocks.
 */
export function missingStopColumns(
  file: string,
  headers: Headers,
  found: readonly Pick<FieldColumn, 'field'>[],
  metrics: Iterable<Metric>,
): StopWarning[] {
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
  const metricsText =
    stuck.length === 1 ? `metric ${stuck[0]} stops` : `metrics ${stuck.slice(0, -1).join(', ')} and ${stuck[stuck.length - 1]} stop`;
  const base = missingColumn(file, fields[0]!, [fields[0]!], headers, false);
  const message = `no column for ${named}, where ${metricsText}: without a status history ${stuck.length === 1 ? 'its clock never stops' : 'their clocks never stop'}, and every ticket ends up overdue`;
  return [{ problem: { ...base, code: 'tickets.no-stop-column', severity: 'warning', message }, mootWith: 'history' }];
}

/**
 * A metric whose first stop is a ticket field the export has no
 * column of, while a later stop has one (`stop: [first_response, resolved]`
 * on Zendesk's export without a first-reply column): only the later one can
 * stop the clock, and response equals resolution on every ticket, without a
 * word. One warning per metric and file; a history's replies stand in for
 * first_response (clocks.ts), so with them it is moot.
 */
export function missingFirstStops(
  file: string,
  headers: Headers,
  found: readonly Pick<FieldColumn, 'field'>[],
  metrics: Iterable<Metric>,
): StopWarning[] {
  const have = new Set(found.map((c) => c.field));
  const out: StopWarning[] = [];
  for (const metric of metrics) {
    const [first, ...later] = metric.stop;
    if (typeof first !== 'string' || itemFields([first]).length === 0 || have.has(first)) continue;
    const present = itemFields(later).filter((f) => have.has(f));
    if (present.length === 0) continue;
    const base = missingColumn(file, first, [first], headers, false);
    const others = present.map((f) => `"${formatClockItem(f)}"`).join(' or ');
    const message = `no column for "${first}", the first stop of metric "${metric.name}": only ${others} can stop its clock, so it stops at the ${present.length === 1 && present[0] === 'resolved' ? 'resolution' : `time of ${others}`} on every ticket`;
    const hint = `${base.hint}${first === 'first_response' ? ', or give the status history with its replies (--events)' : ''}`;
    out.push({
      problem: { ...base, code: 'tickets.no-first-stop-column', severity: 'warning', message, hint },
      mootWith: first === 'first_response' ? 'replies' : 'nothing',
    });
  }
  return out;
}

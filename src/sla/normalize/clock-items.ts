import type { ClockItem, Metric, Milestone } from '../types.js';

/**
 * The items of a metric's `start`, `stop` and `updates` (SPEC 8.1), as
 * written and as the program uses them: a field name, `reply`, or a
 * milestone `{ column: [values] }`.
 */

type WrittenValue = string | number | boolean;
export type WrittenItem = string | Readonly<Record<string, WrittenValue | readonly WrittenValue[]>>;

/** `reply` is the history's agent reply, never a column of the export. */
export const REPLY = 'reply';

/** A single item or a list, as the file allows for `stop` and `updates`. */
export function itemList(written: WrittenItem | readonly WrittenItem[]): readonly WrittenItem[] {
  return Array.isArray(written) ? written : [written as WrittenItem];
}

/** A milestone's one column and its values; rules/metric-rules.ts reports a mapping with another number of keys. */
export function milestoneEntry(item: Exclude<WrittenItem, string>): [column: string, values: string[]] | undefined {
  const entries = Object.entries(item);
  if (entries.length !== 1) return undefined;
  const [column, values] = entries[0]!;
  return [column, (Array.isArray(values) ? values : [values]).map(String)];
}

export function clockItem(written: WrittenItem): ClockItem {
  if (typeof written === 'string') return written.trim();
  const [column, values] = milestoneEntry(written) ?? ['', []];
  return { column: historyColumn(column), values };
}

export function isMilestone(item: ClockItem): item is Milestone {
  return typeof item !== 'string';
}

/** History columns are named case-insensitively, like the headers they stand for. */
export function historyColumn(name: string): string {
  return name.trim().toLowerCase();
}

/** The ticket fields among items: what the import must read as timestamps. */
export function itemFields(items: readonly ClockItem[]): string[] {
  return items.filter((item): item is string => typeof item === 'string' && item !== REPLY);
}

/** Every item of a metric: its start, its stops and its updates. */
export function metricItems(metric: Metric): readonly ClockItem[] {
  return [metric.start, ...metric.stop, ...(metric.updates ?? [])];
}

/**
 * The status-history columns a metric cannot do without: each milestone's
 * column and `reply`. (A `first_response` stop uses the history's replies
 * when there are any, but does not need them.)
 */
export function historyColumnsOf(metric: Metric): string[] {
  const columns = metricItems(metric).flatMap((item) => (isMilestone(item) ? [item.column] : item === REPLY ? [REPLY] : []));
  return [...new Set(columns)];
}

/** The key of a metric that reads the status history (for a problem to point at), if one does. */
export function historyKey(metric: Metric): 'updates' | 'stop' | 'start' | undefined {
  const readsHistory = (items: readonly ClockItem[]) => items.some((item) => isMilestone(item) || item === REPLY);
  if (metric.updates !== undefined) return 'updates';
  if (readsHistory(metric.stop)) return 'stop';
  return readsHistory([metric.start]) ? 'start' : undefined;
}

/** `created`, `reply`, `group "Vagt"`, `status "I gang" or "Løst"`. */
export function formatClockItem(item: ClockItem): string {
  if (!isMilestone(item)) return item;
  const values = item.values.map((v) => `"${v}"`);
  return `${item.column} ${values.length <= 1 ? (values[0] ?? 'nothing') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`}`;
}

/** An item as the file writes it, for JSON output (`validate --format json`). */
export function writtenItem(item: ClockItem): string | Record<string, string[]> {
  if (!isMilestone(item)) return item;
  return { [item.column]: [...item.values] };
}

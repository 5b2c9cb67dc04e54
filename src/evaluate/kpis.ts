import { formatDate, instantToLocal } from '../calendar/wall-clock.js';
import type { Goal, Sla } from '../sla/types.js';
import type { Ticket } from '../tickets/types.js';
import { addSample, emptySamples, nearestRank, sampleValues, type Samples } from './samples.js';
import { isStopped, type TicketRecord } from './types.js';

/**
 * What `report --by` groups on: a key of the record (`policy`, `priority`:
 * the record's, after a priority change the latest; `month`), `none` (one
 * group per metric), or else a ticket field or an export column, read as the
 * list of its values (Ticket.lists): a ticket with two labels is
 * counted under each.
 */
export const RECORD_GROUP_KEYS = ['policy', 'priority', 'month', 'none'] as const;
export type GroupKey = string;

export function isRecordGroupKey(key: string): boolean {
  return (RECORD_GROUP_KEYS as readonly string[]).includes(key);
}

/** One KPI row: a group (its values in `--by` order) and a metric. Durations in ms of business time. */
export type Kpi = {
  group: readonly (string | null)[];
  metric: string;
  /** The policies of the row's records, in the order they first appeared (compare shows their targets); kpiRows always sets it. */
  policies?: readonly string[];
  count: number;
  met: number;
  breached: number;
  overdue: number;
  open: number;
  /** Percent met of met + breached + overdue (SPEC 6); null without a denominator. */
  attainment: number | null;
  goal: number | null;
  /** Null when there is no goal or no attainment. */
  goalMet: boolean | null;
  /** Over completed records (met and breached); null when there are none. */
  medianMs: number | null;
  p90Ms: number | null;
  meanMs: number | null;
  maxMs: number | null;
};

type Accumulator = {
  group: (string | null)[];
  metric: string;
  /** The one policy of all its records, or null once a second one appears (for the goal). */
  policy: string | null | undefined;
  policies: string[];
  met: number;
  breached: number;
  overdue: number;
  open: number;
  elapsed: Samples;
  sum: number;
  max: number;
};

/** Records aggregated as they come, without keeping them (the report reads a million tickets): group id -> metric -> sums. */
export type KpiTable = { by: readonly GroupKey[]; zone: string; groups: Map<string, Map<string, Accumulator>> };

export function emptyKpiTable(by: readonly GroupKey[], zone: string): KpiTable {
  return { by: by.filter((k) => k !== 'none'), zone, groups: new Map() };
}

// Stands for an empty group value inside a group id (a ticket field never holds it).
const EMPTY = '\u0000';

export function addRecord(table: KpiTable, record: TicketRecord, ticket: Ticket): void {
  const { by, zone } = table;
  // One key of the record (the usual --by policy) needs no joined string per record.
  if (by.length === 1 && isRecordGroupKey(by[0]!)) {
    const value = groupValue(by[0]!, record, ticket, zone);
    addTo(table, value ?? EMPTY, () => [value], record);
    return;
  }
  // Every combination of the keys' values: a list field puts the record in one group per value.
  let groups: (string | null)[][] = [[]];
  for (const key of by) {
    const values = isRecordGroupKey(key) ? [groupValue(key, record, ticket, zone)] : listValues(ticket, key);
    groups = values.length === 1 ? groups.map((g) => [...g, values[0]!]) : groups.flatMap((g) => values.map((v) => [...g, v]));
  }
  for (const group of groups) addTo(table, group.map((v) => v ?? EMPTY).join('\u0001'), () => group, record);
}

/** A ticket field's values (none: one null value); a ticket not read with lists has its field's one value. */
function listValues(ticket: Ticket, key: string): readonly (string | null)[] {
  const list = ticket.lists?.[key];
  if (list === undefined) return [ticket.fields[key] ?? null];
  return list.length === 0 ? [null] : list;
}

function addTo(table: KpiTable, id: string, group: () => (string | null)[], record: TicketRecord): void {
  let metrics = table.groups.get(id);
  if (metrics === undefined) table.groups.set(id, (metrics = new Map()));
  let acc = metrics.get(record.metric);
  if (acc === undefined) {
    acc = {
      group: group(),
      metric: record.metric,
      policy: undefined,
      policies: [],
      met: 0,
      breached: 0,
      overdue: 0,
      open: 0,
      elapsed: emptySamples(),
      sum: 0,
      max: -Infinity,
    };
    metrics.set(record.metric, acc);
  }
  if (acc.policy === undefined) acc.policy = record.policy;
  else if (acc.policy !== record.policy) acc.policy = null;
  // Usually one policy per row: the last one seen answers without a search.
  if (acc.policies[acc.policies.length - 1] !== record.policy && !acc.policies.includes(record.policy)) acc.policies.push(record.policy);
  acc[record.status]++;
  if (isStopped(record)) {
    addSample(acc.elapsed, record.elapsedMs);
    acc.sum += record.elapsedMs;
    if (record.elapsedMs > acc.max) acc.max = record.elapsedMs;
  }
}

/**
 * The group a record falls in. `month`: the month (SLA zone) of its stop, or
 * for a running record of the instant it was judged at; a record judged at
 * the end of a period (midnight starting the next month) is in the period's
 * last month, so the instant just before the end decides.
 */
function groupValue(key: GroupKey, record: TicketRecord, ticket: Ticket, zone: string): string | null {
  switch (key) {
    case 'policy':
      return record.policy;
    case 'priority':
      return record.priority ?? null;
    case 'month':
      return formatDate(instantToLocal(zone, record.stop === undefined ? record.judgedAt - 1 : record.judgedAt)).slice(0, 7);
    default:
      return ticket.fields[key] ?? null;
  }
}

/** The KPI rows, ordered by group (policies in file order, metrics in file order, other values as text, empty last). */
export function kpiRows(table: KpiTable, sla: Sla): Kpi[] {
  const policyOrder = new Map(sla.policies.map((p, i) => [p.name, i]));
  const metricOrder = new Map([...sla.metrics.keys()].map((m, i) => [m, i]));
  const accs = [...table.groups.values()]
    .flatMap((metrics) => [...metrics.values()])
    .sort((a, b) => compareGroups(a.group, b.group, table.by, policyOrder) || metricOrder.get(a.metric)! - metricOrder.get(b.metric)!);
  return accs.map((acc) => toKpi(acc, sla.goals));
}

function toKpi(acc: Accumulator, goals: readonly Goal[]): Kpi {
  const judged = acc.met + acc.breached + acc.overdue;
  const attainment = judged === 0 ? null : (acc.met * 100) / judged;
  const goal = goalFor(goals, acc.metric, acc.policy ?? undefined);
  const values = sampleValues(acc.elapsed);
  const completed = values.length;
  return {
    group: acc.group,
    metric: acc.metric,
    policies: acc.policies,
    count: judged + acc.open,
    met: acc.met,
    breached: acc.breached,
    overdue: acc.overdue,
    open: acc.open,
    attainment,
    goal: goal ?? null,
    // Compared as met * 100 >= goal * judged: no rounding on the way.
    goalMet: goal === undefined || judged === 0 ? null : acc.met * 100 >= goal * judged,
    medianMs: nearestRank(values, 50) ?? null,
    p90Ms: nearestRank(values, 90) ?? null,
    meanMs: completed === 0 ? null : acc.sum / completed,
    maxMs: completed === 0 ? null : acc.max,
  };
}

/** A policy's own goal for the metric when the group holds one policy only, else the metric's goal for all policies. */
export function goalFor(goals: readonly Goal[], metric: string, policy: string | undefined): number | undefined {
  const own = policy === undefined ? undefined : goals.find((g) => g.metric === metric && g.policy === policy);
  return (own ?? goals.find((g) => g.metric === metric && g.policy === undefined))?.percent;
}

/** Row order: policies in file order (`policyOrder`), other values as plain text, empty values last. */
export function compareGroups(
  a: readonly (string | null)[],
  b: readonly (string | null)[],
  by: readonly GroupKey[],
  policyOrder: ReadonlyMap<string, number>,
): number {
  for (let i = 0; i < by.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    if (by[i] === 'policy') return (policyOrder.get(x) ?? Infinity) - (policyOrder.get(y) ?? Infinity);
    return x < y ? -1 : 1;
  }
  return 0;
}

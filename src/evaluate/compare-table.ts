import type { Sla } from '../sla/types.js';
import type { TicketEvaluation } from './evaluate.js';
import { addRecord, compareGroups, emptyKpiTable, kpiRows, type GroupKey, type Kpi, type KpiTable } from './kpis.js';
import type { RecordStatus } from './types.js';

/**
 * What `compare` aggregates as the evaluations come (SPEC 11.1), without
 * keeping records: one KPI table per SLA file (the same groups and figures
 * as `report --by`), how many verdicts each file changes against the first,
 * and, when asked, the flips themselves.
 *
 * A **verdict** is the status of a ticket's record for one metric in the
 * period (met, breached, open, overdue), or none when the file gives that
 * ticket no record for the metric (no policy matches, its policy has no
 * target for the metric, or the clock does not run in the period). A
 * **flip** is a ticket and metric whose verdicts are not the same under all
 * files.
 */
export type ComparisonTable = {
  tables: KpiTable[];
  /** Per file: ticket x metric verdicts that differ from the first file's (0 for the first). */
  changed: number[];
  /** Every flip, when they are listed (--flips); undefined otherwise. */
  flips: Flip[] | undefined;
};

/** One file's side of a flip: the record's verdict and what it was judged on; all null when the file gives no record. */
export type FlipSide = { status: RecordStatus | null; policy: string | null; targetText: string | null; elapsedMs: number | null };

export type Flip = { ticket: string; metric: string; priority: string | null; sides: FlipSide[] };

export function emptyComparison(files: number, by: readonly GroupKey[], zone: string, listFlips: boolean): ComparisonTable {
  return {
    tables: Array.from({ length: files }, () => emptyKpiTable(by, zone)),
    changed: new Array<number>(files).fill(0),
    flips: listFlips ? [] : undefined,
  };
}

/** One ticket under every file: its records into each file's KPI table, its flips counted (and kept when listed). */
export function addComparison(table: ComparisonTable, evaluations: readonly TicketEvaluation[], slas: readonly Sla[]): void {
  const first = evaluations[0]!;
  evaluations.forEach((e, i) => {
    for (const r of e.records) addRecord(table.tables[i]!, r, e.ticket);
  });
  for (const metric of metricsOf(evaluations)) {
    const statuses = evaluations.map((e) => e.records.find((r) => r.metric === metric)?.status ?? null);
    let flipped = false;
    for (let i = 1; i < statuses.length; i++) {
      if (statuses[i] !== statuses[0]) {
        table.changed[i]!++;
        flipped = true;
      }
    }
    if (flipped && table.flips !== undefined) {
      table.flips.push({
        ticket: first.ticket.id,
        metric,
        priority: first.fields.priority ?? null,
        sides: evaluations.map((e, i) => flipSide(e, metric, slas[i]!)),
      });
    }
  }
}

/** The metrics any file gives this ticket a record for, in the order met. */
function metricsOf(evaluations: readonly TicketEvaluation[]): string[] {
  const metrics: string[] = [];
  for (const e of evaluations) for (const r of e.records) if (!metrics.includes(r.metric)) metrics.push(r.metric);
  return metrics;
}

function flipSide(e: TicketEvaluation, metric: string, sla: Sla): FlipSide {
  const r = e.records.find((x) => x.metric === metric);
  if (r === undefined) return { status: null, policy: null, targetText: null, elapsedMs: null };
  const policy = sla.policies.find((p) => p.name === r.policy);
  return { status: r.status, policy: r.policy, targetText: policy?.targets[metric]?.text ?? null, elapsedMs: r.elapsedMs };
}

/** One file's figures in a comparison row; `kpi` is undefined when the file has no record in that group and metric. */
export type CompareCell = {
  kpi: Kpi | undefined;
  /** The targets of the row's policies for the metric as written (`4h`, `3bd`), in the file's policy order; joined when several differ. */
  targetText: string | null;
  /** The target in business ms when the row has one business-time target; null for `Nbd` or several targets. */
  targetMs: number | null;
  /** Attainment minus the first file's, in percentage points; null for the first file or without both attainments. */
  differencePoints: number | null;
};

export type CompareRow = { group: readonly (string | null)[]; metric: string; cells: CompareCell[] };

/**
 * The rows: every group and metric that any file has records for, ordered as
 * `report` orders them (policies and metrics in the order the files name
 * them, the first file first), with each file's cell.
 */
export function comparisonRows(table: ComparisonTable, slas: readonly Sla[]): CompareRow[] {
  const by = table.tables[0]!.by;
  const perFile = table.tables.map((t, i) => new Map(kpiRows(t, slas[i]!).map((k) => [rowKey(k.group, k.metric), k])));
  const policyOrder = firstSeenOrder(slas.flatMap((s) => s.policies.map((p) => p.name)));
  const metricOrder = firstSeenOrder(slas.flatMap((s) => [...s.metrics.keys()]));
  const rows = new Map<string, { group: readonly (string | null)[]; metric: string }>();
  for (const kpis of perFile) for (const [key, k] of kpis) if (!rows.has(key)) rows.set(key, { group: k.group, metric: k.metric });
  const sorted = [...rows.entries()].sort(
    ([, a], [, b]) => compareGroups(a.group, b.group, by, policyOrder) || metricOrder.get(a.metric)! - metricOrder.get(b.metric)!,
  );
  return sorted.map(([key, { group, metric }]) => {
    const kpis = perFile.map((kpis) => kpis.get(key));
    const base = kpis[0]?.attainment ?? null;
    const cells = kpis.map((kpi, i) => {
      const attainment = kpi?.attainment ?? null;
      const differencePoints = i === 0 || base === null || attainment === null ? null : attainment - base;
      return { kpi, ...targetOf(kpi, metric, slas[i]!), differencePoints };
    });
    return { group, metric, cells };
  });
}

function rowKey(group: readonly (string | null)[], metric: string): string {
  return JSON.stringify([group, metric]);
}

function firstSeenOrder(names: readonly string[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const name of names) if (!order.has(name)) order.set(name, order.size);
  return order;
}

function targetOf(kpi: Kpi | undefined, metric: string, sla: Sla): { targetText: string | null; targetMs: number | null } {
  if (kpi === undefined) return { targetText: null, targetMs: null };
  const targets = sla.policies
    .filter((p) => (kpi.policies ?? []).includes(p.name))
    .flatMap((p) => (p.targets[metric] === undefined ? [] : [p.targets[metric]!]));
  const texts = [...new Set(targets.map((t) => t.text))];
  const only = targets[0];
  const targetMs = texts.length === 1 && only?.kind === 'business-time' ? only.ms : null;
  return { targetText: texts.length === 0 ? null : texts.join(', '), targetMs };
}

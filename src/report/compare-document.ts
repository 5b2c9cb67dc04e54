import { lazyMap } from './lazy-map.js';
import { formatInstant } from '../calendar/wall-clock.js';
import type { CompareRow, Flip } from '../evaluate/compare-table.js';
import { minutes, round2, SCHEMA_VERSION, toPeriodDoc, toWarningDoc, type Common, type PeriodDoc, type WarningDoc } from './documents.js';

/**
 * `compare --format json` (SPEC 11.1), key for key. Flat arrays, one entry
 * per SLA file in each: `kpis` has a row per group, metric and file, `flips`
 * a row per ticket, metric and file; `sla` (the file as named on the command
 * line) says which file a row is about.
 */
export type CompareSlaDoc = { sla: string; name: string; verdicts_changed: number };

/** The `--by` keys first, then metric, sla and the figures. */
export type CompareKpiDoc = Record<string, string | number | boolean | null>;

export type FlipDoc = {
  ticket: string;
  metric: string;
  priority: string | null;
  sla: string;
  policy: string | null;
  target: string | null;
  elapsed_minutes: number | null;
  status: string | null;
};

export type CompareDocument = {
  schema_version: number;
  as_of: string;
  period: PeriodDoc;
  group_by: string[];
  slas: CompareSlaDoc[];
  kpis: CompareKpiDoc[];
  /** Null unless --flips asked for them. */
  flips: FlipDoc[] | null;
  warnings: Iterable<WarningDoc>;
};

export type CompareInput = {
  by: readonly string[];
  /** Each file as named on the command line, with its agreement's name. */
  slas: readonly { file: string; name: string }[];
  changed: readonly number[];
  rows: readonly CompareRow[];
  flips: readonly Flip[] | undefined;
};

export function toCompareDocument(c: CompareInput, common: Common): CompareDocument {
  const files = c.slas.map((s) => s.file);
  return {
    schema_version: SCHEMA_VERSION,
    as_of: formatInstant(common.zone, common.asOf),
    period: toPeriodDoc(common.period, common.zone, common.asOf),
    group_by: [...c.by],
    slas: c.slas.map((s, i) => ({ sla: s.file, name: s.name, verdicts_changed: c.changed[i]! })),
    kpis: c.rows.flatMap((row) => row.cells.map((cell, i) => compareKpiDoc(c.by, row, cell, files[i]!))),
    flips: c.flips === undefined ? null : sortedFlips(c.flips).flatMap((f) => f.sides.map((side, i) => flipDoc(f, side, files[i]!))),
    warnings: lazyMap(common.warnings, toWarningDoc),
  };
}

function compareKpiDoc(by: readonly string[], row: CompareRow, cell: CompareRow['cells'][number], sla: string): CompareKpiDoc {
  const doc: CompareKpiDoc = {};
  by.forEach((key, i) => (doc[key] = row.group[i] ?? null));
  const k = cell.kpi;
  return Object.assign(doc, {
    metric: row.metric,
    sla,
    target: cell.targetText,
    target_minutes: cell.targetMs === null ? null : minutes(cell.targetMs),
    count: k?.count ?? 0,
    met: k?.met ?? 0,
    breached: k?.breached ?? 0,
    overdue: k?.overdue ?? 0,
    open: k?.open ?? 0,
    attainment_percent: k?.attainment == null ? null : round2(k.attainment),
    goal_percent: k?.goal ?? null,
    goal_met: k?.goalMet ?? null,
    difference_points: cell.differencePoints === null ? null : round2(cell.differencePoints),
  });
}

/** Ticket id (plain comparison, no locale), then metric as evaluated. */
function sortedFlips(flips: readonly Flip[]): Flip[] {
  return [...flips].sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0));
}

function flipDoc(f: Flip, side: Flip['sides'][number], sla: string): FlipDoc {
  return {
    ticket: f.ticket,
    metric: f.metric,
    priority: f.priority,
    sla,
    policy: side.policy,
    target: side.targetText,
    elapsed_minutes: side.elapsedMs === null ? null : minutes(side.elapsedMs),
    status: side.status,
  };
}

import type { Instant } from '../calendar/types.js';
import { formatInstant } from '../calendar/wall-clock.js';
import type { ExplainedRecord } from '../evaluate/explain.js';
import type { Kpi } from '../evaluate/kpis.js';
import type { MatchReason } from '../evaluate/policy.js';
import type { Period, RecordStatus, TicketRecord } from '../evaluate/types.js';
import type { Volume } from '../evaluate/volume.js';
import type { Problem } from '../problem.js';
import { instantFormatter } from './instant-text.js';
import { lazyMap } from './lazy-map.js';
import { withTicket, type ListedRecord } from './record-list.js';
import type { Ticket } from '../tickets/types.js';
import type { VendorVerdict } from '../tickets/columns/vendor-verdict.js';
import { verdictDiffers } from '../evaluate/vendor-verdicts.js';
import type { CompareDocument } from './compare-document.js';
import type { SuggestDocument } from './suggest-document.js';

/**
 * The output documents: what `--format json` prints, key for key, and what
 * every other format is made from (so each shows the same content). Keys are
 * written in a fixed order; timestamps are ISO 8601 with the SLA zone's
 * offset; durations are minutes rounded to 2 decimals (SPEC 7). Records and
 * warnings are iterables made as they are written (json.ts streams them):
 * a check of a million records holds its records once, not also as
 * documents; read them with a for-of or `[...doc.records]`.
 */
export const SCHEMA_VERSION = 1;

/**
 * A period; `complete` (in the documents of check, report, compare and
 * suggest) is false when the as-of lies before its end: the figures hold data
 * up to the as-of, and the period is still running.
 */
export type PeriodDoc = { label: string; from: string; to: string; complete?: boolean } | null;

export type WarningDoc = {
  code: string;
  file: string | null;
  line: number | null;
  column: number | null;
  row: number | null;
  message: string;
};

export type RecordDoc = {
  ticket: string;
  metric: string;
  policy: string;
  priority: string | null;
  calendar: string;
  start: string;
  stop: string | null;
  due: string;
  target_minutes: number;
  elapsed_minutes: number;
  paused_minutes: number;
  wall_minutes: number;
  over_minutes: number;
  status: RecordStatus;
  priority_changed: boolean;
  /** SPEC 8.2: null on records that are not update-cadence records. */
  updates: number | null;
  late_updates: number | null;
  /** The helpdesk's own verdict for this metric (`breached`, `within`), read from its export; null without one. */
  vendor_verdict: VendorVerdict | null;
  /** slacheck says late (breached, overdue) and the helpdesk not, or the other way round; null without a helpdesk verdict. */
  verdict_differs: boolean | null;
  /** The ticket's own fields, null where it has none. */
  customer: string | null;
  group: string | null;
  service: string | null;
  title: string | null;
};

export type CheckDocument = {
  schema_version: number;
  as_of: string;
  period: PeriodDoc;
  records: Iterable<RecordDoc>;
  warnings: Iterable<WarningDoc>;
};

/** A KPI row: the `--by` keys first (policy, priority, service, customer, group, month), then the figures. */
export type KpiDoc = Record<string, string | number | boolean | null>;

export type VolumeDoc = { created: number; resolved: number; backlog: number; reopened: number; without_sla: number };

export type ReportDocument = {
  schema_version: number;
  as_of: string;
  period: PeriodDoc;
  group_by: string[];
  kpis: KpiDoc[];
  volume: VolumeDoc;
  warnings: Iterable<WarningDoc>;
};

/** SPEC 8.2: one interval between updates of an update-cadence record. */
export type IntervalDoc = { metric: string; from: string; to: string; minutes: number; late: boolean };

export type SegmentDoc = { metric: string; from: string; to: string; kind: string; label: string | null; minutes: number };

export type MatchDoc = { field: string; value: string; accepted: string[] };

export type ExplainDocument = {
  schema_version: number;
  as_of: string;
  ticket: string;
  source: { file: string; line: number };
  policy: string | null;
  matched: MatchDoc[];
  records: RecordDoc[];
  intervals: IntervalDoc[];
  timeline: SegmentDoc[];
  warnings: Iterable<WarningDoc>;
};

/** Which command a document answers; formatters switch on it. */
export type Output =
  | { command: 'check'; document: CheckDocument }
  | { command: 'report'; document: ReportDocument }
  | { command: 'explain'; document: ExplainDocument }
  | { command: 'compare'; document: CompareDocument }
  | { command: 'suggest'; document: SuggestDocument };

export function minutes(ms: number): number {
  return round2(ms / 60_000);
}

export function round2(n: number): number {
  // Half away from zero, so that a difference reads the same size either way round (-3.125 -> -3.13, as +3.125 -> 3.13).
  const r = (Math.sign(n) * Math.round(Math.abs(n) * 100)) / 100;
  return r === 0 ? 0 : r; // never -0
}

/** With `asOf`, whether the period had ended by then (`complete`). */
export function toPeriodDoc(period: Period | undefined, zone: string, asOf?: Instant): PeriodDoc {
  if (period === undefined) return null;
  const doc = { label: period.label, from: formatInstant(zone, period.from), to: formatInstant(zone, period.to) };
  return asOf === undefined ? doc : { ...doc, complete: asOf >= period.to };
}

export function toWarningDoc(p: Problem): WarningDoc {
  const w = p.where;
  return { code: p.code, file: w.file ?? null, line: w.line ?? null, column: w.column ?? null, row: w.row ?? null, message: p.message };
}

/** `text`: how instants are written (instantFormatter(zone) when there are many). */
export function toRecordDoc(r: ListedRecord, zone: string, text: (at: Instant) => string = (at) => formatInstant(zone, at)): RecordDoc {
  return {
    ticket: r.ticket,
    metric: r.metric,
    policy: r.policy,
    priority: r.priority ?? null,
    calendar: r.calendar,
    start: text(r.start),
    stop: r.stop === undefined ? null : text(r.stop),
    due: text(r.due),
    target_minutes: minutes(r.targetMs),
    elapsed_minutes: minutes(r.elapsedMs),
    paused_minutes: minutes(r.pausedMs),
    wall_minutes: minutes(r.wallMs),
    over_minutes: minutes(Math.max(0, r.elapsedMs - r.targetMs)),
    status: r.status,
    priority_changed: r.priorityChanged,
    updates: r.updates ?? null,
    late_updates: r.lateUpdates ?? null,
    vendor_verdict: r.vendorVerdict ?? null,
    verdict_differs: verdictDiffers(r.status, r.vendorVerdict),
    customer: r.customer ?? null,
    group: r.group ?? null,
    service: r.service ?? null,
    title: r.title ?? null,
  };
}

export type Common = { asOf: Instant; period?: Period | undefined; zone: string; warnings: Iterable<Problem> };

export function toCheckDocument(records: Iterable<ListedRecord>, c: Common): CheckDocument {
  const text = instantFormatter(c.zone);
  return {
    schema_version: SCHEMA_VERSION,
    as_of: formatInstant(c.zone, c.asOf),
    period: toPeriodDoc(c.period, c.zone, c.asOf),
    records: lazyMap(records, (r) => toRecordDoc(r, c.zone, text)),
    warnings: lazyMap(c.warnings, toWarningDoc),
  };
}

export function toReportDocument(by: readonly string[], kpis: readonly Kpi[], volume: Volume, c: Common): ReportDocument {
  return {
    schema_version: SCHEMA_VERSION,
    as_of: formatInstant(c.zone, c.asOf),
    period: toPeriodDoc(c.period, c.zone, c.asOf),
    group_by: [...by],
    kpis: kpis.map((k) => toKpiDoc(by, k)),
    volume: {
      created: volume.created,
      resolved: volume.resolved,
      backlog: volume.backlog,
      reopened: volume.reopened,
      without_sla: volume.withoutSla,
    },
    warnings: lazyMap(c.warnings, toWarningDoc),
  };
}

export function toKpiDoc(by: readonly string[], k: Kpi): KpiDoc {
  const doc: KpiDoc = {};
  by.forEach((key, i) => (doc[key] = k.group[i] ?? null));
  const nullable = (ms: number | null) => (ms === null ? null : minutes(ms));
  return Object.assign(doc, {
    metric: k.metric,
    count: k.count,
    met: k.met,
    breached: k.breached,
    overdue: k.overdue,
    open: k.open,
    attainment_percent: k.attainment === null ? null : round2(k.attainment),
    goal_percent: k.goal,
    goal_met: k.goalMet,
    median_minutes: nullable(k.medianMs),
    p90_minutes: nullable(k.p90Ms),
    mean_minutes: nullable(k.meanMs),
    max_minutes: nullable(k.maxMs),
  });
}

export type ExplainInput = {
  ticket: string;
  source: { file: string; line: number };
  /** The ticket's fields: its records carry customer, group, service and title. */
  fields: Ticket['fields'];
  policy: string | undefined;
  reasons: readonly MatchReason[];
  records: readonly ExplainedRecord[];
};

export function toExplainDocument(e: ExplainInput, c: Common): ExplainDocument {
  const text = instantFormatter(c.zone);
  return {
    schema_version: SCHEMA_VERSION,
    as_of: formatInstant(c.zone, c.asOf),
    ticket: e.ticket,
    source: { file: e.source.file, line: e.source.line },
    policy: e.policy ?? null,
    matched: e.reasons.map((m) => ({ field: m.field, value: m.value, accepted: [...m.accepted] })),
    records: e.records.map((x) => toRecordDoc(withTicket(x.record, e), c.zone, text)),
    intervals: e.records.flatMap(({ record }) =>
      (record.intervals ?? []).map((i) => ({
        metric: record.metric,
        from: text(i.from),
        to: text(i.to),
        minutes: minutes(i.businessMs),
        late: i.late,
      })),
    ),
    timeline: e.records.flatMap((x) =>
      x.timeline.map((s) => ({
        metric: x.record.metric,
        from: text(s.from),
        to: text(s.to),
        kind: s.kind,
        label: s.label ?? null,
        minutes: minutes(s.to - s.from),
      })),
    ),
    warnings: lazyMap(c.warnings, toWarningDoc),
  };
}

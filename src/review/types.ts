import type { RecordStatus } from '../evaluate/types.js';
import type { WarningDoc } from '../report/documents.js';

/**
 * The service review (SPEC 10) as one plain object: what `review --format
 * json` prints key for key, and what the HTML and Markdown writers render.
 * Keys in a fixed order; timestamps ISO 8601 with the SLA zone's offset;
 * durations in minutes (2 decimals); percentages 2 decimals, as in `report`.
 * Texts (observations, data-quality rules) are in the document's language.
 */
export const REVIEW_SCHEMA_VERSION = 1;

export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];

/** `monthly` for a month, `quarterly` for a quarter, `custom` for --from/--to. */
export type Edition = 'monthly' | 'quarterly' | 'custom';

export type PeriodDoc = { label: string; from: string; to: string };

/** The review's period; `complete` is false when the as-of lies before its end: the figures hold data up to the as-of, and the period is still running. */
export type ReviewPeriodDoc = PeriodDoc & { complete: boolean };

export type ReviewDocument = {
  schema_version: number;
  language: Language;
  edition: Edition;
  title: string;
  agreement: string;
  supplier: string | null;
  customer: string | null;
  as_of: string;
  /** The SLA's time zone: every time in the document is local to it. */
  timezone: string;
  /** The time of the run, only with --show-run-time (it makes every run's output differ). */
  generated_at: string | null;
  period: ReviewPeriodDoc;
  previous_period: PeriodDoc;
  cover: CoverDoc;
  scorecard: ScorecardRow[];
  trend: TrendDoc;
  breaches: BreachesDoc;
  major_incidents: MajorIncidentsDoc;
  backlog: BacklogDoc;
  volume: VolumeSectionDoc;
  data_quality: DataQualityDoc;
  observations: ObservationDoc[];
  warnings: WarningDoc[];
};

/**
 * Why the review has nothing to show: no ticket was read from the exports,
 * or none was active in the period. Then no figure is good news: the cover
 * says so and the brief shows "no data".
 */
export type NoData = 'no-tickets' | 'no-ticket-in-period';

export type CoverDoc = {
  no_data: NoData | null;
  deadline: DeadlineDoc | null;
  inputs: InputDoc[];
  rows: { ticket_rows: number; history_rows: number; tickets: number; events: number };
};

/** SPEC 10.1: the Nth working day of the month after the period, and whether the report was made by then. */
export type DeadlineDoc = { date: string; working_day: number; calendar: string; produced: string; on_time: boolean };

/** An input file as read: its rows (null when several files of its kind share one count) and its SHA-256. */
export type InputDoc = { file: string; kind: 'tickets' | 'history'; bytes: number; rows: number | null; sha256: string };

export type ScorecardRow = {
  policy: string;
  metric: string;
  /** The target as written (`4h`, `3bd`). */
  target: string;
  count: number;
  met: number;
  breached: number;
  overdue: number;
  open: number;
  attainment_percent: number | null;
  goal_percent: number | null;
  goal_met: boolean | null;
  previous_attainment_percent: number | null;
  /** Attainment minus the previous period's, in percentage points; null when either is null. */
  change_points: number | null;
  median_minutes: number | null;
  p90_minutes: number | null;
};

export type TrendDoc = {
  months: PeriodDoc[];
  /** One series per policy and metric, a value per month (null: no judged record). */
  attainment: { policy: string; metric: string; goal_percent: number | null; values: (number | null)[]; goal_met: (boolean | null)[] }[];
  volume: { month: string; created: number; resolved: number; backlog: number }[];
};

export type SegmentDoc = { kind: string; label: string | null; from: string; to: string; minutes: number };

export type BreachDoc = {
  ticket: string;
  title: string | null;
  metric: string;
  policy: string;
  priority: string | null;
  status: RecordStatus;
  start: string;
  stop: string | null;
  due: string;
  /** Where the timeline ends: the stop, or the instant a running record was judged at. */
  judged_at: string;
  target_minutes: number;
  elapsed_minutes: number;
  over_minutes: number;
  paused_minutes: number;
  outside_hours_minutes: number;
  holiday_minutes: number;
  wall_minutes: number;
  segments: SegmentDoc[];
};

export type BreachesDoc = { count: number; breached: number; overdue: number; listed: number; records: BreachDoc[] };

export type MajorRecordDoc = {
  metric: string;
  status: RecordStatus;
  target_minutes: number;
  elapsed_minutes: number;
  over_minutes: number;
  due: string;
  stop: string | null;
  /** Update-cadence metrics only: updates counted and intervals over target. */
  updates: number | null;
  late_updates: number | null;
};

export type MajorIncidentDoc = {
  ticket: string;
  title: string | null;
  priority: string | null;
  policy: string | null;
  created: string;
  /** When it was resolved, if before the end of the period. */
  resolved: string | null;
  wall_minutes: number;
  /** In the calendar of its policy; null without a policy. */
  business_minutes: number | null;
  records: MajorRecordDoc[];
};

/**
 * `count` major incidents were active in the period; `incidents` lists the
 * first 50 by creation. `unmatched`: the rule's values that no ticket of the
 * exports has (a misspelt key, `Urgent` where priorities map to P1-P4), with
 * the nearest value that does occur.
 */
export type MajorIncidentsDoc = {
  rule: Record<string, string[]> | null;
  count: number;
  unmatched: UnmatchedDoc[];
  incidents: MajorIncidentDoc[];
};

/** `value` null: no ticket has any value for `field` (a misspelt key); `nearest` is then the nearest field that tickets have. */
export type UnmatchedDoc = { field: string; value: string | null; nearest: string | null };

export type AgeCounts = { days_0_2: number; days_3_7: number; days_8_30: number; days_over_30: number; total: number };

export type BacklogDoc = {
  /** The instant ages are counted to: the end of the period, or the as-of if earlier. */
  at: string;
  total: AgeCounts;
  by_priority: ({ priority: string | null } & AgeCounts)[];
  oldest: { ticket: string; title: string | null; priority: string | null; created: string; age_days: number; status: string | null }[];
};

export type VolumeCounts = { created: number; resolved: number; backlog: number; reopened: number; without_sla: number };

export type VolumeSectionDoc = {
  total: VolumeCounts;
  by_priority: ({ priority: string | null } & VolumeCounts)[];
  by_service: ({ service: string | null } & VolumeCounts)[];
};

export type DataQualityDoc = {
  ticket_rows: number;
  history_rows: number;
  tickets: number;
  events: number;
  /** `rule` is null for a reason under `skipped` (its rule is the one above it). */
  lines: { item: string; count: number; rule: string | null }[];
  /** Every warning of the run (the SLA file's, the import's, the evaluation's, the review's), by code in order of first appearance, with the first three as examples; `warnings` below lists them all. Those a line of `lines` counts (a truncated file, a stale export) are left out. */
  warnings: { code: string; count: number; examples: WarningDoc[] }[];
};

export type ObservationDoc = {
  rule: ObservationRule;
  policy: string | null;
  metric: string | null;
  figures: Record<string, number | string | boolean | null>;
  text: string;
};

export const OBSERVATION_RULES = [
  'goal-missed',
  'goal-missed-repeatedly',
  'p90-over-target',
  'backlog-growing',
  'without-sla',
  'skipped-rows',
] as const;
export type ObservationRule = (typeof OBSERVATION_RULES)[number];

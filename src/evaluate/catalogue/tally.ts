import type { Instant, Span } from '../../calendar/types.js';
import type { SourceRef } from '../../tickets/types.js';
import type { KpiFacts } from './facts.js';
import { addBacklog, ageMargin } from './backlog.js';
import type { KpiMeasure } from './measures.js';

/**
 * One KPI's figures over many periods, fed ticket by ticket (the evaluation
 * streams a million tickets once for every KPI and every period of a
 * 12-month trend). Per ticket: a binary search for the period of each
 * instant it has, and for the backlog the range of period ends it is open
 * at; no lists are filtered and nothing is kept per ticket unless `collect`
 * asks for the ids behind the figures (`check --kpi NAME`).
 *
 * SPEC 13.1 and 13.1.1 decide the figures; docs/kpi-rules.md the rest.
 */

export type KpiTallyOptions = {
  measure: KpiMeasure;
  /** `backlog_older_than`: its `days` (calendar days, SPEC 13.2). */
  days?: number;
  /** The SLA's time zone: calendar days keep the local clock time in it. */
  zone: string;
  /** Sorted by `from`, not overlapping (gaps are fine). */
  periods: readonly Span[];
  asOf: Instant;
  /** Keep the ids of the tickets behind each figure (measures.ts BEHIND_FIGURE). */
  collect?: boolean;
};

export type KpiTally = {
  readonly options: KpiTallyOptions;
  /** Per period: `end` = min(period end, as-of) (SPEC 13.1.1), non-decreasing. */
  readonly ends: readonly Instant[];
  /** `backlog_older_than`, per period: how far created + N calendar days can lie from created + N × 24 h for an age that ends near `end`. */
  readonly margins: readonly number[];
  readonly numerators: number[];
  /** Ratios only. */
  readonly denominators: number[];
  /** Per period: tickets in a ratio's denominator but for a fact the export left empty (reopens, replies). */
  readonly uncounted: number[];
  readonly tickets: string[][] | undefined;
  readonly uncountedTickets: string[][] | undefined;
  /** `satisfaction`: ratings with neither a `satisfaction_at` time nor a resolution, in no period (one warning counts them). */
  undatedRatings: number;
  /** The first few of them, for that warning. */
  readonly undatedExamples: SourceRef[];
};

const UNDATED_EXAMPLES = 5;

export function kpiTally(options: KpiTallyOptions): KpiTally {
  const { periods, asOf, measure, days } = options;
  periods.forEach((p, i) => {
    if (!(p.from <= p.to) || (i > 0 && p.from < periods[i - 1]!.to))
      throw new RangeError('kpiTally: periods must be sorted by start and must not overlap');
  });
  if (measure === 'backlog_older_than' && !(days !== undefined && Number.isSafeInteger(days) && days >= 0))
    throw new RangeError(`kpiTally: backlog_older_than needs whole days >= 0, not ${days}`);
  const zeros = (): number[] => periods.map(() => 0);
  const lists = (): string[][] | undefined => (options.collect === true ? periods.map(() => []) : undefined);
  const ends = periods.map((p) => Math.min(p.to, asOf));
  return {
    options,
    ends,
    margins: measure === 'backlog_older_than' ? ends.map((end) => ageMargin(options.zone, end, days!)) : [],
    numerators: zeros(),
    denominators: zeros(),
    uncounted: zeros(),
    tickets: lists(),
    uncountedTickets: lists(),
    undatedRatings: 0,
    undatedExamples: [],
  };
}

/** Count one ticket that matches the KPI's `when`. */
export function addTicket(tally: KpiTally, facts: KpiFacts): void {
  ADD[tally.options.measure](tally, facts);
}

const ADD: Readonly<Record<KpiMeasure, (t: KpiTally, f: KpiFacts) => void>> = {
  created_count(t, f) {
    // An instant at the as-of has happened (as for history events); one after it has not.
    if (f.created <= t.options.asOf) count(t, periodOf(t, f.created), f.id);
  },
  resolved_count(t, f) {
    if (f.lastResolution !== undefined) count(t, periodOf(t, f.lastResolution), f.id);
  },
  reopen_rate(t, f) {
    if (f.lastResolution !== undefined) ratio(t, periodOf(t, f.lastResolution), f.id, f.reopened, f.reopened === true);
  },
  first_contact(t, f) {
    // SPEC 13.1: at most one agent reply; none at all counts too.
    if (f.lastResolution !== undefined)
      ratio(
        t,
        periodOf(t, f.lastResolution),
        f.id,
        f.replies === undefined ? undefined : f.replies <= 1,
        f.replies !== undefined && f.replies > 1,
      );
  },
  satisfaction(t, f) {
    if (f.rating === undefined) return;
    const at = f.rating.at ?? f.lastResolution;
    if (at === undefined) {
      if (t.undatedRatings++ < UNDATED_EXAMPLES) t.undatedExamples.push(f.source);
      return;
    }
    if (at <= t.options.asOf) ratio(t, periodOf(t, at), f.id, f.rating.satisfied, !f.rating.satisfied);
  },
  backlog_older_than: addBacklog,
};

function count(t: KpiTally, p: number, id: string): void {
  if (p < 0) return;
  t.numerators[p]!++;
  t.tickets?.[p]!.push(id);
}

/** `counted`: true for the numerator, false for the denominator only, undefined when the fact is unknown. */
function ratio(t: KpiTally, p: number, id: string, counted: boolean | undefined, listed: boolean): void {
  if (p < 0) return;
  if (counted === undefined) {
    t.uncounted[p]!++;
    t.uncountedTickets?.[p]!.push(id);
    return;
  }
  t.denominators[p]!++;
  if (counted) t.numerators[p]!++;
  if (listed) t.tickets?.[p]!.push(id);
}

/** The period holding `at`, or -1. */
function periodOf(t: KpiTally, at: Instant): number {
  const periods = t.options.periods;
  let [lo, hi] = [0, periods.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (periods[mid]!.from <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < periods[lo - 1]!.to ? lo - 1 : -1;
}

import { businessTime, type Calendar } from '../../calendar/index.js';
import type { Instant, Span } from '../../calendar/types.js';
import { decimalOf, minus, nearestDouble, plus, powerOfTen, times, type Int } from '../decimal.js';
import type { OutageRecord } from './outage-record.js';
import type { OutageTimeline } from './timeline.js';

/**
 * SPEC 12.3: the figures of one service in one period [from, to), judged up
 * to end = min(to, as-of). Milliseconds throughout; the report turns them
 * into minutes. Rules where SPEC is silent: docs/availability-rules.md.
 */
export type AvailabilityFigures = {
  /** A: business time of the calendar in [from, end) outside the maintenance union. */
  agreedMs: number;
  /** Business time of the calendar in [from, end) inside the maintenance union (what maintenance took off A). */
  maintenanceMs: number;
  /** Agreed time inside any `outage` record (weight 1). */
  outageMs: number;
  /** Agreed time inside a `partial` record and no `outage` record (weight partialWeight). */
  partialMs: number;
  /** D = outageMs + partialWeight × partialMs: the double nearest the exact value. */
  downtimeMs: number;
  /** (A − D) / A × 100, the double nearest the exact ratio (so exactly 99.5 compares equal to a goal of 99.5); null when A is 0. */
  availabilityPercent: number | null;
  /** The breaks with at least a second of agreed time in the period, by start. */
  breaks: Break[];
  /** D / breaks; null without a break. */
  mtrsMs: number | null;
  /** (A − D) / breaks; null without a break. */
  mtbfMs: number | null;
};

/** A break as one period sees it: its whole extent, and only this period's time. */
export type Break = {
  /** The start of its first record, which may lie before the period. */
  start: Instant;
  /** The end of its last record, which may lie after the period; null while it runs at the as-of. */
  end: Instant | null;
  /** Its agreed time in the period (at least 1000). */
  agreedMs: number;
  /** Its downtime in the period, weighted like D. */
  downtimeMs: number;
  /** The records merged into it (all of them, also those outside the period), by start. */
  records: readonly OutageRecord[];
};

/** SPEC 12.3: a break needs at least one second inside A in the period. */
const BREAK_MIN_MS = 1000;

export function availabilityFigures(
  calendar: Calendar,
  timeline: OutageTimeline,
  period: Span,
  partialWeight: number,
): AvailabilityFigures {
  if (!(partialWeight >= 0 && partialWeight <= 1)) throw new RangeError(`partial weight must be within 0-1, not ${partialWeight}`);
  const weight = decimalOf(partialWeight);
  const scale = powerOfTen(weight.scale);
  const from = period.from;
  const end = Math.min(period.to, timeline.asOf);
  const maintenanceMs = maintenanceMeter(calendar, timeline, from)(from, end);
  const agreedMs = businessTime(calendar, from, end) - maintenanceMs;
  const { outageMs, partialMs, breaks } = downtimeIn(calendar, timeline, from, end, weight.units, scale);
  // Exact integers scaled by the weight's decimals: down = D × scale, up = (A − D) × scale.
  const down = plus(times(outageMs, scale), times(weight.units, partialMs));
  const up = minus(times(agreedMs, scale), down);
  const count = breaks.length;
  return {
    agreedMs,
    maintenanceMs,
    outageMs,
    partialMs,
    downtimeMs: nearestDouble(down, scale),
    availabilityPercent: agreedMs > 0 ? nearestDouble(times(up, 100), times(agreedMs, scale)) : null,
    breaks,
    mtrsMs: count > 0 ? nearestDouble(down, times(scale, count)) : null,
    mtbfMs: count > 0 ? nearestDouble(up, times(scale, count)) : null,
  };
}

/** The breaks that reach into [from, end) and their agreed time, one walk over their pieces. */
function downtimeIn(
  calendar: Calendar,
  t: OutageTimeline,
  from: Instant,
  end: Instant,
  units: Int,
  scale: Int,
): { outageMs: number; partialMs: number; breaks: Break[] } {
  const breaks: Break[] = [];
  let [outageMs, partialMs] = [0, 0];
  const maintenance = maintenanceMeter(calendar, t, from);
  for (let i = firstAfter(t.breaks.length, (k) => t.breaks[k]!.end, from); i < t.breaks.length && t.breaks[i]!.start < end; i++) {
    const b = t.breaks[i]!;
    let [full, partial] = [0, 0];
    for (let p = b.firstPiece; p < b.endPiece; p++) {
      const [a, z] = [Math.max(from, t.pieceFrom[p]!), Math.min(end, t.pieceTo[p]!)];
      if (z <= a) continue;
      const agreed = businessTime(calendar, a, z) - maintenance(a, z);
      if (t.pieceFull[p]) full += agreed;
      else partial += agreed;
    }
    [outageMs, partialMs] = [outageMs + full, partialMs + partial];
    if (full + partial < BREAK_MIN_MS) continue;
    const downtimeMs = nearestDouble(plus(times(full, scale), times(units, partial)), scale);
    breaks.push({
      start: b.start,
      end: b.running ? null : b.end,
      agreedMs: full + partial,
      downtimeMs,
      records: t.records.slice(b.firstRecord, b.endRecord),
    });
  }
  return { outageMs, partialMs, breaks };
}

/**
 * Business time of the maintenance union inside [a, b), for calls whose `a`
 * never decreases: a cursor that only moves forward, so a period costs one
 * walk over its windows, not a search per piece.
 */
function maintenanceMeter(calendar: Calendar, t: OutageTimeline, from: Instant): (a: Instant, b: Instant) => number {
  const [starts, ends] = [t.maintenanceFrom, t.maintenanceTo];
  let k = firstAfter(ends.length, (i) => ends[i]!, from);
  return (a, b) => {
    while (k < ends.length && ends[k]! <= a) k++;
    let sum = 0;
    for (let j = k; j < starts.length && starts[j]! < b; j++) sum += businessTime(calendar, Math.max(a, starts[j]!), Math.min(b, ends[j]!));
    return sum;
  };
}

/** The first index i in [0, n) with value(i) > x, for values that increase with i; n when none. */
function firstAfter(n: number, value: (i: number) => number, x: number): number {
  let [lo, hi] = [0, n];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (value(mid) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

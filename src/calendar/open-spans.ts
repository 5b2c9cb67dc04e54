import { civilDate, dayNumber, naiveAt, type DayNumber } from './days.js';
import { planDay } from './day-plan.js';
import type { CalendarModel, Chunk } from './model.js';
import { naiveToInstant, offsetMinutes, type Instant } from './wall-clock.js';

const DAY_MS = 86_400_000;

/**
 * THE primitive: a calendar's open spans as absolute instants, per local
 * year (a Chunk), with a running sum of business time. Built lazily and
 * cached on the calendar object; every query (business time, due, business
 * days, segments, working days) is a binary search or a short walk over it.
 */

export function chunkFor(model: CalendarModel, year: number): Chunk {
  let chunk = model.chunks.get(year);
  if (chunk === undefined) {
    chunk = buildChunk(model, year);
    model.chunks.set(year, chunk);
  }
  return chunk;
}

/** The chunk whose [from, to) holds the instant. */
export function chunkAt(model: CalendarModel, at: Instant): Chunk {
  if (!Number.isFinite(at)) throw new RangeError(`not an instant: ${at}`);
  const year = new Date(at).getUTCFullYear();
  const chunk = chunkFor(model, year);
  // A local year starts at most a day away from the UTC one: one step corrects it.
  if (at < chunk.from) return chunkFor(model, year - 1);
  if (at >= chunk.to) return chunkFor(model, year + 1);
  return chunk;
}

/** The chunk and index of a local date. */
export function dayEntry(model: CalendarModel, dn: DayNumber): { chunk: Chunk; i: number } {
  const chunk = chunkFor(model, civilDate(dn).year);
  return { chunk, i: dn - chunk.firstDay };
}

/** The local date an instant falls on. */
export function localDay(model: CalendarModel, at: Instant): DayNumber {
  const chunk = chunkAt(model, at);
  return chunk.firstDay + upperBound(chunk.midnight, chunk.midnight.length, at) - 1;
}

/** Business time in the chunk before `at` (0 before the chunk, its total after it). */
export function openBefore(chunk: Chunk, at: Instant): number {
  const j = upperBound(chunk.start, chunk.start.length, at) - 1;
  if (j < 0) return 0;
  return chunk.cum[j]! + Math.min(at, chunk.end[j]!) - chunk.start[j]!;
}

/** The earliest instant at which `amount` (0 < amount <= total) of the chunk's business time has elapsed: a span's end, never the next opening. */
export function instantAt(chunk: Chunk, amount: number): Instant {
  const cum = chunk.cum;
  let lo = 1;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! >= amount) hi = mid;
    else lo = mid + 1;
  }
  return chunk.start[lo - 1]! + amount - cum[lo - 1]!;
}

/** Index of the first span that ends after `at` (the one holding it, or the next), or the span count. */
export function spanFrom(chunk: Chunk, at: Instant): number {
  const j = upperBound(chunk.start, chunk.start.length, at) - 1;
  return j >= 0 && at < chunk.end[j]! ? j : j + 1;
}

/** Calls `visit` with each open span clipped to [from, to), in order. */
export function forEachSpan(model: CalendarModel, from: Instant, to: Instant, visit: (s: Instant, e: Instant) => void): void {
  for (let chunk = chunkAt(model, from); chunk.from < to; chunk = chunkFor(model, chunk.year + 1)) {
    for (let j = spanFrom(chunk, from); j < chunk.start.length && chunk.start[j]! < to; j++) {
      visit(Math.max(from, chunk.start[j]!), Math.min(to, chunk.end[j]!));
    }
  }
}

/** First index k in arr[0..n) with arr[k] > x. */
export function upperBound(arr: Float64Array | Int32Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildChunk(model: CalendarModel, year: number): Chunk {
  const firstDay = dayNumber(year, 1, 1);
  const days = dayNumber(year + 1, 1, 1) - firstDay;
  const resolve = resolver(model.timezone);
  const midnight = new Float64Array(days + 1);
  for (let i = 0; i <= days; i++) midnight[i] = resolve(naiveAt(firstDay + i, 0));
  const [from, to] = [midnight[0]!, midnight[days]!];
  const dayOpen = new Float64Array(days).fill(NaN);
  const dayClose = new Float64Array(days).fill(NaN);
  const serviceBefore = new Int32Array(days + 1);
  const closed: (string | undefined)[] = new Array<string | undefined>(days).fill(undefined);
  const spans: number[] = [];
  let bound = -Infinity;
  // Two days of the year before: 31 December's overnight range reaches into this chunk, and 30 December's end clips it.
  for (let dn = firstDay - 2; dn < firstDay + days; dn++) {
    const plan = planDay(model, dn);
    const i = dn - firstDay;
    let [open, close, empty] = [NaN, NaN, NaN];
    for (const r of plan.ranges) {
      // Ranges are disjoint within a date (checked); clipping at the running end keeps dates disjoint too, the earlier date keeping the time.
      const s = Math.max(resolve(naiveAt(dn, r.start)), bound);
      const e = resolve(naiveAt(dn, r.end));
      bound = Math.max(bound, e);
      if (e <= s) {
        // Wholly inside a DST gap (or under yesterday's overnight range): no time, but the date still has a range.
        if (Number.isNaN(empty)) empty = s;
        continue;
      }
      addSpan(spans, Math.max(s, from), Math.min(e, to));
      if (Number.isNaN(open)) open = s;
      close = e;
    }
    if (i < 0) continue;
    dayOpen[i] = Number.isNaN(open) ? empty : open;
    dayClose[i] = Number.isNaN(open) ? empty : close;
    closed[i] = plan.closed;
    serviceBefore[i + 1] = serviceBefore[i]! + (plan.ranges.length > 0 ? 1 : 0);
  }
  const count = spans.length / 2;
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const cum = new Float64Array(count + 1);
  for (let j = 0; j < count; j++) {
    start[j] = spans[2 * j]!;
    end[j] = spans[2 * j + 1]!;
    cum[j + 1] = cum[j]! + end[j]! - start[j]!;
  }
  return { year, firstDay, from, to, midnight, dayOpen, dayClose, serviceBefore, closed, start, end, cum, total: cum[count]! };
}

/** Appends [s, e) when not empty, joining it to the previous span when they touch. */
function addSpan(spans: number[], s: number, e: number): void {
  if (e <= s) return;
  if (spans.length > 0 && spans[spans.length - 1] === s) spans[spans.length - 1] = e;
  else spans.push(s, e);
}

/**
 * SPEC 3's wall time -> instant (gap: after it; overlap: the earlier) for
 * one chunk's dates. Most dates are far from a DST change: when the offset
 * is the same a day before and two days after a date, every wall time of
 * that date is plain arithmetic; only dates near a change ask naiveToInstant.
 */
function resolver(zone: string): (naive: number) => Instant {
  const offsetOn = offsetsByDay(zone);
  const steady = new Map<DayNumber, number | null>();
  return (naive) => {
    const dn = Math.floor(naive / DAY_MS);
    let offset = steady.get(dn);
    if (offset === undefined) {
      const before = offsetOn(dn - 1);
      offset = before === offsetOn(dn + 2) ? before : null;
      steady.set(dn, offset);
    }
    return offset === null ? naiveToInstant(zone, naive).at : naive - offset * 60_000;
  };
}

/** The zone's offset at 00:00 UTC of day k, asking luxon once a week and only inside a week whose ends differ (zones change at most twice a year). */
function offsetsByDay(zone: string): (k: number) => number {
  const known = new Map<number, number>();
  const at = (k: number): number => {
    let offset = known.get(k);
    if (offset === undefined) {
      offset = offsetMinutes(zone, k * DAY_MS);
      known.set(k, offset);
    }
    return offset;
  };
  return (k) => {
    const week = Math.floor(k / 7) * 7;
    const start = at(week);
    return start === at(week + 7) ? start : at(k);
  };
}

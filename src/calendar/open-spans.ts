import { problem, ProblemError } from '../problem.js';
import { buildChunk } from './year-chunk.js';
import { civilDate, type DayNumber } from './days.js';
import type { CalendarModel, Chunk } from './compiled-calendar.js';
import type { Instant } from './wall-clock.js';

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

/** Whole years without open time after which a forward search stops on a calendar that ICS closures close: no agreement waits ten years. */
const CLOSED_YEARS = 10;

/**
 * Whether a forward search (a due instant, Nbd, the first opening) that
 * found no open time up to the end of `chunk` may find some later. False
 * past the last override of a calendar open on overrides alone (the callers
 * answer Infinity). A calendar whose ICS closures leave it without open
 * time for ten years in a row (a series that closes every date, without an
 * end) is refused: the search would walk the series for centuries.
 */
export function mayOpenAfter(model: CalendarModel, chunk: Chunk): boolean {
  if (model.lastOpenYear !== undefined) return chunk.year <= model.lastOpenYear;
  if (model.ics === undefined || chunk.total > 0) return true;
  for (let year = chunk.year - 1; year > chunk.year - CLOSED_YEARS; year--) if (chunkFor(model, year).total > 0) return true;
  const first = chunkFor(model, chunk.year - CLOSED_YEARS + 1);
  // Name an ICS event (the only kind of closure without an end) rather than the first holiday of the year.
  const by = first.closed.find((c) => c?.where !== undefined) ?? first.closedTimes[0]?.by;
  throw new ProblemError(
    problem(
      'ics.closed-for-years',
      'error',
      `the calendar has no open time from ${first.year} to ${chunk.year}${by === undefined ? '' : `: "${by.name}" (${by.source}) closes it`}`,
      by?.where ?? {},
      'an ICS series that closes every date needs an end (UNTIL or COUNT); or give the calendar other hours',
    ),
  );
}

/** The chunk whose [from, to) holds the instant. */
export function chunkAt(model: CalendarModel, at: Instant): Chunk {
  const recent = model.recent;
  if (recent !== undefined && at >= recent.from && at < recent.to) return recent;
  if (!Number.isFinite(at)) throw new RangeError(`not an instant: ${at}`);
  const year = new Date(at).getUTCFullYear();
  let chunk = chunkFor(model, year);
  // A local year starts at most a day away from the UTC one: one step corrects it.
  if (at < chunk.from) chunk = chunkFor(model, year - 1);
  else if (at >= chunk.to) chunk = chunkFor(model, year + 1);
  model.recent = chunk;
  return chunk;
}

/** The chunk and index of a local date. */
export function dayEntry(model: CalendarModel, dn: DayNumber): { chunk: Chunk; i: number } {
  const recent = model.recent;
  // midnight has one entry per date plus the year's end.
  if (recent !== undefined && dn >= recent.firstDay && dn < recent.firstDay + recent.midnight.length - 1)
    return { chunk: recent, i: dn - recent.firstDay };
  const chunk = chunkFor(model, civilDate(dn).year);
  model.recent = chunk;
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

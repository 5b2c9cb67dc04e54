import { buildChunk } from './chunk.js';
import { civilDate, type DayNumber } from './days.js';
import type { CalendarModel, Chunk } from './model.js';
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
  if (recent !== undefined && dn >= recent.firstDay && dn < recent.firstDay + recent.midnight.length - 1) return { chunk: recent, i: dn - recent.firstDay };
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

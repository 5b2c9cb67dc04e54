import { chunkAt, chunkFor, instantAt, mayOpenAfter, openBefore } from './open-spans.js';
import type { CalendarModel } from './compiled-calendar.js';
import { openTime } from './business-time.js';
import { disjointPauses } from './disjoint-pauses.js';
import type { Instant, Pause } from './types.js';

/**
 * SPEC 3.1's due instant: the earliest d >= from with `ms` of business time
 * in [from, d). A target that ends exactly at a range's end gives that end,
 * not the next opening; zero gives `from`. Infinity when the calendar never
 * opens enough (only possible for a calendar open on overrides alone).
 */
export function addOpenTime(model: CalendarModel, from: Instant, ms: number): Instant {
  if (!(ms >= 0)) throw new RangeError(`business time to add must be >= 0, got ${ms}`);
  if (ms === 0) return from;
  let chunk = chunkAt(model, from);
  let target = openBefore(chunk, from) + ms;
  // One step per year, never per day; a calendar open every week always ends the loop.
  while (target > chunk.total) {
    if (!mayOpenAfter(model, chunk)) return Infinity;
    target -= chunk.total;
    chunk = chunkFor(model, chunk.year + 1);
  }
  return instantAt(chunk, target);
}

/** addOpenTime where time inside a pause does not count. */
export function addBusinessTimeOf(model: CalendarModel, from: Instant, ms: number, pauses?: readonly Pause[]): Instant {
  if (pauses === undefined || pauses.length === 0) return addOpenTime(model, from, ms);
  if (!(ms >= 0)) throw new RangeError(`business time to add must be >= 0, got ${ms}`);
  if (ms === 0) return from;
  let at = from;
  let left = ms;
  for (const p of disjointPauses(pauses)) {
    if (p.to <= at) continue;
    const due = addOpenTime(model, at, left);
    if (due <= p.from) return due;
    left -= openTime(model, at, p.from);
    at = Math.max(at, p.to);
  }
  return addOpenTime(model, at, left);
}

import type { Instant } from '../calendar/types.js';
import { formatInstant, formatOffset, offsetMinutes } from '../calendar/wall-clock.js';

/** A stretch of time whose offsets are looked up together; zones change offset at most a few times a year. */
const BUCKET = 6 * 3_600_000;

/** The offsets of one bucket: `before` up to `change`, `after` from it; null when the bucket is irregular. */
type Offsets = { change: Instant; before: number; after: number } | null;

/**
 * formatInstant for many instants in one zone. A zone's offset is an Intl
 * lookup (about 13 µs; a third of `check --all` on a million tickets), so it
 * is looked up per six hours that hold an instant: at both ends, and when
 * they differ, a binary search finds the change between them (as
 * naiveToInstant does). A bucket with an offset that is not whole minutes (a
 * local mean time before 1900) or with more than one change is formatted
 * instant by instant. Same text as formatInstant.
 */
export function instantFormatter(zone: string): (at: Instant) => string {
  const offsetAt = offsetsIn(zone);
  return (at) => {
    const offset = offsetAt(at);
    return Number.isInteger(offset) ? withOffset(at, offset) : formatInstant(zone, at);
  };
}

/**
 * offsetMinutes for many instants in one zone, looked up per six hours as
 * instantFormatter does (the spreadsheet format turns instants into local
 * wall-clock times with it). Same value as offsetMinutes.
 */
export function offsetsIn(zone: string): (at: Instant) => number {
  const buckets = new Map<number, Offsets>();
  return (at) => {
    const bucket = Math.floor(at / BUCKET);
    let offsets = buckets.get(bucket);
    if (offsets === undefined) {
      offsets = offsetsOf(zone, bucket * BUCKET, (bucket + 1) * BUCKET - 1);
      buckets.set(bucket, offsets);
    }
    if (offsets === null) return offsetMinutes(zone, at);
    return at < offsets.change ? offsets.before : offsets.after;
  };
}

function offsetsOf(zone: string, first: Instant, last: Instant): Offsets {
  const before = offsetMinutes(zone, first);
  const after = offsetMinutes(zone, last);
  if (!Number.isInteger(before) || !Number.isInteger(after)) return null;
  if (before === after) return { change: last + 1, before, after };
  // The first instant with another offset than `first`: at most ~25 steps over six hours of milliseconds.
  let lo = first;
  let hi = last;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMinutes(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return offsetMinutes(zone, hi) === after ? { change: hi, before, after } : null;
}

function withOffset(at: Instant, offset: number): string {
  const d = new Date(at + offset * 60_000);
  const ms = d.getUTCMilliseconds();
  const date = `${d.getUTCFullYear().toString().padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  return `${date}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}${ms === 0 ? '' : `.${ms.toString().padStart(3, '0')}`}${formatOffset(offset)}`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

import { addCalendarDays } from '../../calendar/index.js';
import type { Instant } from '../../calendar/types.js';
import { offsetMinutes } from '../../calendar/wall-clock.js';
import type { KpiFacts } from './facts.js';
import type { KpiTally } from './tally.js';

/** `backlog_older_than` (SPEC 13.1.1 "Open at the end"), the one measure that asks about every period end a ticket lives through. */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// UTC offsets lie within -12h..+14h: a wall-clock day count moves an instant by at most 26 h more or less than N × 24 h.
const FAR = 2 * DAY;

/**
 * SPEC 13.1.1: open at `end` when created before it and not resolved before
 * it (resolved exactly at `end` is still open); older than `days` when `end`
 * is after created + N calendar days. Ends are sorted, so the periods a
 * ticket is open at are one range. created + N calendar days differs from
 * created + N × 24 h only by the zone's offset changes, so the exact instant
 * (a few zone lookups) is computed only when an end lies within the period's
 * margin of it: for most zones and tickets, never.
 */
export function addBacklog(t: KpiTally, f: KpiFacts): void {
  const { ends, margins } = t;
  const lo = firstAfter(ends, f.created);
  const hi = f.lastResolution === undefined ? ends.length - 1 : firstAfter(ends, f.lastResolution) - 1;
  const days = t.options.days!;
  const rough = f.created + days * DAY;
  let exact: Instant | undefined;
  for (let p = lo; p <= hi; p++) {
    const end = ends[p]!;
    const margin = margins[p]!;
    const older = end > rough + margin || (end > rough - margin && end > (exact ??= addCalendarDays(t.options.zone, f.created, days)));
    if (!older) continue;
    t.numerators[p]!++;
    t.tickets?.[p]!.push(f.id);
  }
}

/**
 * The largest spread of the zone's UTC offsets around an age that ends near
 * `end`: created within two days of end - N days, and the calendar-day
 * instant within three of end. Sampled every 3 hours (no zone has held an
 * offset for less); a zone without changes there gives 0, and then
 * created + N calendar days is exactly created + N × 24 h.
 */
export function ageMargin(zone: string, end: Instant, days: number): number {
  if (!Number.isFinite(end)) return FAR;
  let [low, high] = [Infinity, -Infinity];
  for (const [from, to] of [
    [end - days * DAY - FAR, end - days * DAY + FAR],
    [end - FAR - DAY, end + FAR + DAY],
  ] as const) {
    for (let at = from; ; at = Math.min(at + 3 * HOUR, to)) {
      const offset = offsetMinutes(zone, at);
      [low, high] = [Math.min(low, offset), Math.max(high, offset)];
      if (at === to) break;
    }
  }
  return Math.ceil((high - low) * 60_000);
}

/** The first index whose value is > x (values sorted), or the length. */
function firstAfter(values: readonly number[], x: number): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

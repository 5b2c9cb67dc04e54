import type { DayNumber } from './days.js';
import { naiveToInstant, offsetMinutes, type Instant } from './wall-clock.js';

const DAY_MS = 86_400_000;

/**
 * SPEC 3's wall time -> instant (gap: after it; overlap: the earlier) for
 * the dates of one year chunk (year-chunk.ts) and the instances of an ICS
 * series (ics/ics-zones.ts). Most dates are far from a DST change: when the
 * offset is the same a day before and two days after a date, every wall time
 * of that date is plain arithmetic; only dates near a change ask
 * naiveToInstant.
 */
export function resolver(zone: string): (naive: number) => Instant {
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
export function offsetsByDay(zone: string): (k: number) => number {
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

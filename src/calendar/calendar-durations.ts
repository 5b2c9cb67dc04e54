import { instantToLocal, localToInstant, type Instant } from './wall-clock.js';

/**
 * Calendar durations (SPEC 13.2): `Nmo` and `Nd` are wall-clock, not
 * business time. They move the local date in the zone and keep the local
 * clock time; SPEC 3's rules then turn the local time back into an instant
 * (a time in a spring-forward gap moves to the first instant after the gap,
 * a time in a fall-back overlap is the earlier instant). Opening hours and
 * holidays play no part, so any calendar's zone will do.
 */

/**
 * The same local clock time on the same day n months later (n >= 0); a day
 * the target month does not have becomes its last day (Jan 31 + 1 month =
 * Feb 28, or 29 in a leap year). Counted from `at` itself, never month by
 * month: Jan 31 + 2 months is Mar 31, not Mar 28.
 */
export function addCalendarMonths(zone: string, at: Instant, n: number): Instant {
  checkCount(n, 'months');
  if (n === 0) return at; // not through the local time: a start in an overlap's second pass must stay where it is
  const t = instantToLocal(zone, at);
  const months = t.year * 12 + (t.month - 1) + n;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const day = Math.min(t.day, daysInMonth(year, month));
  return localToInstant(zone, { ...t, year, month, day }).at;
}

/** The same local clock time n calendar days later (n >= 0): 23, 24 or 25 real hours a day across daylight saving. */
export function addCalendarDays(zone: string, at: Instant, n: number): Instant {
  checkCount(n, 'days');
  if (n === 0) return at;
  const t = instantToLocal(zone, at);
  // Date.UTC normalises day overflow into the next months and years.
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day + n));
  return localToInstant(zone, { ...t, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }).at;
}

/** Days in month 1-12 of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function checkCount(n: number, unit: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`a whole number of ${unit} >= 0 is needed, not ${n}`);
}

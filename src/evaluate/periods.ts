import type { Instant } from '../calendar/types.js';
import { instantToLocal, localToInstant } from '../calendar/wall-clock.js';
import type { Period } from './types.js';

/**
 * Periods in the SLA's time zone (SPEC 6), half-open [from, to): months and
 * quarters start at local midnight of their first day, and the ones relative
 * to the as-of instant (`last-month`, …) are the months around its local date.
 */

export const RELATIVE_PERIODS = ['last-month', 'this-month', 'last-quarter', 'this-quarter'] as const;
export type RelativePeriod = (typeof RELATIVE_PERIODS)[number];

export type LocalDate = { year: number; month: number; day: number };

/** `count` months from the first of `month`. */
export function monthsPeriod(zone: string, year: number, month: number, count: number, label: string): Period {
  const endMonth = month + count;
  const end = endMonth > 12 ? { year: year + 1, month: endMonth - 12 } : { year, month: endMonth };
  return { from: dayStart(zone, { year, month, day: 1 }), to: dayStart(zone, { ...end, day: 1 }), label };
}

export function monthPeriod(zone: string, year: number, month: number): Period {
  return monthsPeriod(zone, year, month, 1, `${year}-${pad2(month)}`);
}

export function quarterPeriod(zone: string, year: number, quarter: number): Period {
  return monthsPeriod(zone, year, quarter * 3 - 2, 3, `${year}-Q${quarter}`);
}

export function relativePeriod(name: RelativePeriod, zone: string, asOf: Instant): Period {
  const now = instantToLocal(zone, asOf);
  const quarter = Math.floor((now.month - 1) / 3) + 1;
  switch (name) {
    case 'this-month':
      return monthPeriod(zone, now.year, now.month);
    case 'last-month':
      return now.month === 1 ? monthPeriod(zone, now.year - 1, 12) : monthPeriod(zone, now.year, now.month - 1);
    case 'this-quarter':
      return quarterPeriod(zone, now.year, quarter);
    case 'last-quarter':
      return quarter === 1 ? quarterPeriod(zone, now.year - 1, 4) : quarterPeriod(zone, now.year, quarter - 1);
  }
}

/** Local midnight starting a date (SPEC 3: a midnight in a DST gap moves to the end of the gap). */
export function dayStart(zone: string, d: LocalDate): Instant {
  return localToInstant(zone, { ...d, hour: 0, minute: 0 }).at;
}

export function nextDay(d: LocalDate): LocalDate {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

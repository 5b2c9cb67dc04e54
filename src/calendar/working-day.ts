import { dayNumber, formatDay } from './days.js';
import type { CalendarModel } from './compiled-calendar.js';
import { nthServiceDayAfter } from './service-days.js';

/**
 * The nth service day (date with at least one range) of a month, counting
 * from its 1st: `YYYY-MM-DD`. When the month has fewer, the count runs on
 * into the next month (a report deadline still exists).
 */
export function nthWorkingDayOf(model: CalendarModel, year: number, month: number, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working day number must be a whole number >= 1, got ${n}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1-12, got ${month}`);
  const dn = nthServiceDayAfter(model, dayNumber(year, month, 1) - 1, n);
  if (dn === undefined) throw new RangeError(`the calendar has no ${n} working days from ${year}-${String(month).padStart(2, '0')} on`);
  return formatDay(dn);
}

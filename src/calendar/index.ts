/**
 * The calendar engine's public API. Pure: no I/O, no clock reads,
 * no globals. Instants are epoch milliseconds; spans are half-open [from, to).
 * Semantics: SPEC 3 and README "Calendar semantics".
 */
import { addBusinessDaysOf } from './business-days.js';
import { businessTimeOf } from './business-time.js';
import { addBusinessTimeOf } from './due.js';
import { closedTimesInYear, holidaysInYear } from './holidays-in.js';
import { modelOf, type Calendar } from './compiled-calendar.js';
import { segmentsOf } from './segments.js';
import type { ClosedBy, Instant, Pause, Segment } from './types.js';
import { nthWorkingDayOf } from './working-day.js';

export type {
  CalendarDef,
  Instant,
  Pause,
  Segment,
  Span,
  SegmentKind,
  HolidaysDef,
  WeeklyHoursDef,
  CalendarIssue,
  ClosedBy,
} from './types.js';
export type { IcsFile } from './ics/ics-file.js';
export { readIcs } from './ics/read-ics.js';
export { icsYearCounts, type IcsYearCount } from './ics/ics-summary.js';
export type { Calendar } from './compiled-calendar.js';
export { compileCalendar, compileCheckedCalendar } from './compile.js';
export { checkCalendarDef } from './def-issues.js';
export { CalendarError } from './calendar-error.js';

/** Business time in [from, to) minus the time inside pauses, in ms (0 when to <= from). Pauses may be unsorted, overlapping and cross the edges. */
export function businessTime(cal: Calendar, from: Instant, to: Instant, pauses?: readonly Pause[]): number {
  return businessTimeOf(modelOf(cal), from, to, pauses);
}

/** The earliest instant d >= from at which `ms` of business time (outside pauses) has elapsed; `from` for 0. */
export function addBusinessTime(cal: Calendar, from: Instant, ms: number, pauses?: readonly Pause[]): Instant {
  return addBusinessTimeOf(modelOf(cal), from, ms, pauses);
}

/** SPEC 3's `Nbd` instant for n business days from `from` (n >= 0). */
export function addBusinessDays(cal: Calendar, from: Instant, n: number): Instant {
  return addBusinessDaysOf(modelOf(cal), from, n);
}

/**
 * [from, to) as counted / paused / holiday / outside-hours pieces, in order,
 * neighbours of one kind and label joined; with `{ sources: true }` each
 * holiday piece also carries where its closure comes from (ClosedBy).
 */
export function segments(cal: Calendar, from: Instant, to: Instant, pauses?: readonly Pause[], options?: { sources?: boolean }): Segment[] {
  return segmentsOf(modelOf(cal), from, to, pauses, options);
}

/** The nth service day (date with at least one range) of month 1-12 as `YYYY-MM-DD`; n >= 1. */
export function nthWorkingDay(cal: Calendar, year: number, month: number, n: number): string {
  return nthWorkingDayOf(modelOf(cal), year, month, n);
}

/** The dates the calendar closes in `year` with their names (holiday name, ICS event, `closed`, `override`), sorted. */
export function holidaysIn(cal: Calendar, year: number): { date: string; name: string }[] {
  return holidaysInYear(modelOf(cal), year).map(({ date, name }) => ({ date, name }));
}

/** holidaysIn with where each closure comes from (ClosedBy's `source`). */
export function closedDatesIn(cal: Calendar, year: number): ({ date: string } & ClosedBy)[] {
  return holidaysInYear(modelOf(cal), year);
}

/** The timed closures of the calendar's ICS files that reach into the local `year`, whole, sorted by start. */
export function closedTimesIn(cal: Calendar, year: number): ({ from: Instant; to: Instant } & ClosedBy)[] {
  return closedTimesInYear(modelOf(cal), year);
}

export { addCalendarMonths, addCalendarDays, daysInMonth } from './calendar-durations.js';

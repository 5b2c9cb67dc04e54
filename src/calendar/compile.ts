import { CalendarError } from './calendar-error.js';
import { checkCalendarDef } from './def-issues.js';
import { civilDate, parseDay, type DayNumber } from './days.js';
import { holidaySource } from './holidays.js';
import { icsClosures } from './ics/ics-closures.js';
import type { Calendar, CalendarModel } from './compiled-calendar.js';
import { rangesOf, weeklyRanges, type Range } from './ranges.js';
import type { CalendarDef } from './types.js';

/**
 * CalendarDef -> Calendar: checks the definition (throws CalendarError with
 * every issue), then builds it. Open spans are computed later, lazily, one
 * year at a time (open-spans.ts), so compiling is cheap.
 */
export function compileCalendar(def: CalendarDef): Calendar {
  const issues = checkCalendarDef(def);
  if (issues.length > 0) throw new CalendarError(issues);
  return compileCheckedCalendar(def);
}

/**
 * compileCalendar for a definition checkCalendarDef has already passed (the
 * SLA loader checks every calendar to place its issues in the YAML): checking
 * it again would repeat the costliest step of loading an SLA file, the
 * holiday names looked up in date-holidays.
 */
export function compileCheckedCalendar(def: CalendarDef): Calendar {
  const weekly = weeklyRanges(def.hours);
  const overrides = new Map<DayNumber, readonly Range[]>();
  for (const [date, list] of Object.entries(def.overrides ?? {})) overrides.set(parseDay(date)!, rangesOf(list));
  const model: CalendarModel = {
    timezone: def.timezone,
    def,
    weekly,
    overrides,
    closedDates: new Set((def.holidays?.dates ?? []).map((d) => parseDay(d)!)),
    holidays: holidaySource(def.holidays),
    ics: def.holidays?.ics === undefined || def.holidays.ics.length === 0 ? undefined : icsClosures(def.holidays.ics, def.timezone),
    lastOpenYear: weekly.some((day) => day.length > 0) ? undefined : lastOverrideYear(overrides),
    chunks: new Map(),
    recent: undefined,
    holidayYears: new Map(),
  };
  return model;
}

function lastOverrideYear(overrides: ReadonlyMap<DayNumber, readonly Range[]>): number {
  let last = -Infinity;
  for (const [dn, ranges] of overrides) if (ranges.length > 0) last = Math.max(last, dn);
  // +1: an overnight range on 31 December reaches into the next year.
  return last === -Infinity ? -Infinity : civilDate(last).year + 1;
}

import { holidayDates } from './holidays.js';
import { civilDate, weekdayOf, type DayNumber } from './days.js';
import type { CalendarModel } from './model.js';
import type { Range } from './ranges.js';

/** One date's ranges after SPEC 3's precedence: an override beats a holiday or closed date, which beats the weekly hours. */
export type DayPlan = { ranges: readonly Range[]; closed: string | undefined };

const NONE: readonly Range[] = [];

export function planDay(model: CalendarModel, dn: DayNumber): DayPlan {
  const override = model.overrides.get(dn);
  const holiday = holidayName(model, dn);
  // Label of a closed date: the holiday's name says most, then `closed` (holidays.dates), then `override`.
  const closedBy = holiday ?? (model.closedDates.has(dn) ? 'closed' : undefined);
  if (override !== undefined) return { ranges: override, closed: override.length === 0 ? (closedBy ?? 'override') : undefined };
  if (closedBy !== undefined) return { ranges: NONE, closed: closedBy };
  return { ranges: model.weekly[weekdayOf(dn)]!, closed: undefined };
}

function holidayName(model: CalendarModel, dn: DayNumber): string | undefined {
  if (model.holidays === undefined) return undefined;
  const year = civilDate(dn).year;
  // An entry of the year before may run into this one (see holidayDates).
  return holidaysOfYear(model, year).get(dn) ?? holidaysOfYear(model, year - 1).get(dn);
}

function holidaysOfYear(model: CalendarModel, year: number): ReadonlyMap<DayNumber, string> {
  let dates = model.holidayYears.get(year);
  if (dates === undefined) {
    dates = holidayDates(model.holidays!, year);
    model.holidayYears.set(year, dates);
  }
  return dates;
}

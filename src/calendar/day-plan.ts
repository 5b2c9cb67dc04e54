import { holidayDates } from './holidays.js';
import { civilDate, weekdayOf, type DayNumber } from './days.js';
import type { CalendarModel } from './compiled-calendar.js';
import type { Range } from './ranges.js';
import type { ClosedBy } from './types.js';

/** One date's ranges after SPEC 3's precedence: an override beats a holiday or closed date, which beats the weekly hours. */
export type DayPlan = { ranges: readonly Range[]; closed: ClosedBy | undefined };

const NONE: readonly Range[] = [];
const CLOSED_DATE: ClosedBy = { name: 'closed', source: 'holidays.dates' };
const OVERRIDE: ClosedBy = { name: 'override', source: 'overrides' };

export function planDay(model: CalendarModel, dn: DayNumber): DayPlan {
  const override = model.overrides.get(dn);
  // Why a closed date is closed: a holiday's name says most, then an ICS event's SUMMARY, then `closed` (holidays.dates), then `override`.
  const closedBy =
    holidayOn(model, dn) ?? model.ics?.ofYear(civilDate(dn).year).dates.get(dn) ?? (model.closedDates.has(dn) ? CLOSED_DATE : undefined);
  if (override !== undefined) return { ranges: override, closed: override.length === 0 ? (closedBy ?? OVERRIDE) : undefined };
  if (closedBy !== undefined) return { ranges: NONE, closed: closedBy };
  return { ranges: model.weekly[weekdayOf(dn)]!, closed: undefined };
}

function holidayOn(model: CalendarModel, dn: DayNumber): ClosedBy | undefined {
  if (model.holidays === undefined) return undefined;
  const year = civilDate(dn).year;
  // An entry of the year before may run into this one (see holidayDates).
  return holidaysOfYear(model, year).get(dn) ?? holidaysOfYear(model, year - 1).get(dn);
}

function holidaysOfYear(model: CalendarModel, year: number): ReadonlyMap<DayNumber, ClosedBy> {
  let dates = model.holidayYears.get(year);
  if (dates === undefined) {
    dates = holidayDates(model.holidays!, year);
    model.holidayYears.set(year, dates);
  }
  return dates;
}

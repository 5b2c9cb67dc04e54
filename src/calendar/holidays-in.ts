import { formatDay } from './days.js';
import type { CalendarModel } from './compiled-calendar.js';
import { chunkFor } from './open-spans.js';
import type { ClosedBy, Instant } from './types.js';

/**
 * The dates a calendar closes in a year, with why (holiday name, ICS
 * event, `closed` for holidays.dates, `override` for an override `[]`) and
 * where that comes from, after include, exclude and overrides: what
 * `slacheck validate` lists.
 */
export function holidaysInYear(model: CalendarModel, year: number): ({ date: string } & ClosedBy)[] {
  const chunk = chunkFor(model, year);
  const out: ({ date: string } & ClosedBy)[] = [];
  chunk.closed.forEach((by, i) => {
    if (by !== undefined) out.push({ date: formatDay(chunk.firstDay + i), name: by.name, source: by.source });
  });
  return out;
}

/**
 * The timed closures of the calendar's ICS files that reach into the local
 * year, as written (whole instances, also where the calendar is closed
 * anyway), sorted by start.
 */
export function closedTimesInYear(model: CalendarModel, year: number): ({ from: Instant; to: Instant } & ClosedBy)[] {
  if (model.ics === undefined) return [];
  const chunk = chunkFor(model, year);
  return model.ics
    .ofYear(year)
    .spans.filter((c) => c.from < chunk.to && c.to > chunk.from)
    .map((c) => ({ from: c.from, to: c.to, name: c.by.name, source: c.by.source }));
}

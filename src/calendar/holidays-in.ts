import { formatDay } from './days.js';
import type { CalendarModel } from './model.js';
import { chunkFor } from './open-spans.js';

/**
 * The dates a calendar closes in a year, with why (holiday name, `closed`
 * for holidays.dates, `override` for an override `[]`), after include,
 * exclude and overrides: what `slacheck validate` lists.
 */
export function holidaysInYear(model: CalendarModel, year: number): { date: string; name: string }[] {
  const chunk = chunkFor(model, year);
  const out: { date: string; name: string }[] = [];
  chunk.closed.forEach((name, i) => {
    if (name !== undefined) out.push({ date: formatDay(chunk.firstDay + i), name });
  });
  return out;
}

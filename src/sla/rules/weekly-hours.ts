import { businessTime, compileCalendar } from '../../calendar/index.js';
import type { CalendarDef } from '../../calendar/types.js';

// Monday 2024-01-08 00:00 UTC: a plain week, with the week before it to carry Sunday's overnight range in.
const PLAIN_WEEK = Date.UTC(2024, 0, 8);
const WEEK = 7 * 24 * 3_600_000;

/**
 * Nominal open hours of a week: the weekly ranges alone, in UTC so that no
 * daylight-saving change shortens the week, without holidays or overrides.
 * Counted by the engine over one steady week, so an overnight range from
 * Sunday counts once, whichever week it spills into.
 */
export function weeklyHours(def: CalendarDef): number {
  const plain = compileCalendar({ timezone: 'UTC', hours: def.hours });
  return businessTime(plain, PLAIN_WEEK, PLAIN_WEEK + WEEK) / 3_600_000;
}

const DAY = 24 * 3_600_000;

/** Days of a plain week with any open time: what a `bd` target counts (holidays and overrides aside). */
export function weeklyOpenDays(def: CalendarDef): number {
  const plain = compileCalendar({ timezone: 'UTC', hours: def.hours });
  let days = 0;
  for (let d = 0; d < 7; d++) if (businessTime(plain, PLAIN_WEEK + d * DAY, PLAIN_WEEK + (d + 1) * DAY) > 0) days++;
  return days;
}

import { addOpenTime } from './due.js';
import { openTime } from './business-time.js';
import type { DayNumber } from './days.js';
import type { CalendarModel } from './compiled-calendar.js';
import { chunkAt, chunkFor, dayEntry, localDay, mayOpenAfter, spanFrom } from './open-spans.js';
import { nthServiceDayAfter } from './service-days.js';
import type { Instant } from './types.js';

/**
 * SPEC 3's `Nbd`: take the first open instant at or after `from` and its
 * business offset k into its service day (business time since that day's
 * first opening); the answer is k into the nth following service day, or
 * that day's last closing when the day is shorter than k. n = 0 gives that
 * first open instant. Infinity when there is no such day.
 */
export function addBusinessDaysOf(model: CalendarModel, from: Instant, n: number): Instant {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`business days must be a whole number >= 0, got ${n}`);
  const open = firstOpenAt(model, from);
  if (open === undefined) return Infinity;
  if (n === 0) return open;
  const owner = ownerDay(model, open);
  const k = openTime(model, day(model, owner).open, open);
  const target = nthServiceDayAfter(model, owner, n);
  if (target === undefined) return Infinity;
  const { open: dayOpen, close: dayClose } = day(model, target);
  return Math.min(addOpenTime(model, dayOpen, k), dayClose);
}

/** The first instant >= at inside an open span. */
function firstOpenAt(model: CalendarModel, at: Instant): Instant | undefined {
  for (let chunk = chunkAt(model, at); ; chunk = chunkFor(model, chunk.year + 1)) {
    const j = spanFrom(chunk, at);
    if (j < chunk.start.length) return Math.max(at, chunk.start[j]!);
    if (!mayOpenAfter(model, chunk)) return undefined;
  }
}

/** The date whose range holds an open instant: its local date, or the day before for an overnight range. */
function ownerDay(model: CalendarModel, open: Instant): DayNumber {
  const local = localDay(model, open);
  const today = day(model, local);
  // Dates' [open, close) never overlap (open-spans clips the later date), so one test decides.
  return today.open <= open && open < today.close ? local : local - 1;
}

function day(model: CalendarModel, dn: DayNumber): { open: Instant; close: Instant } {
  const { chunk, i } = dayEntry(model, dn);
  return { open: chunk.dayOpen[i]!, close: chunk.dayClose[i]! };
}

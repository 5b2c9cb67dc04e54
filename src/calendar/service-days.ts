import type { DayNumber } from './days.js';
import type { CalendarModel } from './compiled-calendar.js';
import { chunkFor, dayEntry, mayOpenAfter, upperBound } from './open-spans.js';

/**
 * The nth service day (a date with at least one range, SPEC 3) after the
 * date `after`, n >= 1, by the per-year running counts: one step per year,
 * then a binary search. Undefined when the calendar never has that many
 * (possible only when it is open on overrides alone).
 */
export function nthServiceDayAfter(model: CalendarModel, after: DayNumber, n: number): DayNumber | undefined {
  let { chunk, i } = dayEntry(model, after + 1);
  // Counts in chunk.serviceBefore: wanted is the running count the answer's date brings it to.
  let wanted = chunk.serviceBefore[i]! + n;
  for (;;) {
    const counts = chunk.serviceBefore;
    const total = counts[counts.length - 1]!;
    if (wanted <= total) return chunk.firstDay + upperBound(counts, counts.length, wanted - 1) - 1;
    if (!mayOpenAfter(model, chunk)) return undefined;
    wanted -= total;
    chunk = chunkFor(model, chunk.year + 1);
  }
}

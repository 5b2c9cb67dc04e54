import type { DayNumber } from './days.js';
import type { HolidaySource } from './holidays.js';
import type { ClosedSpan, IcsClosures } from './ics/ics-closures.js';
import type { Range } from './ranges.js';
import type { CalendarDef, ClosedBy } from './types.js';

/** A compiled calendar, opaque to callers: its zone and its definition as given. */
export type Calendar = { readonly timezone: string; readonly def: CalendarDef };

/**
 * The inside of a compiled calendar. `chunks` and `recent` (open-spans.ts) and
 * `holidayYears` (day-plan.ts) are filled lazily, one local year at a time: the only mutable state
 * in the engine, and it belongs to this one calendar object.
 */
export type CalendarModel = Calendar & {
  /** Ranges per weekday, 0 = Monday, sorted by start. */
  readonly weekly: readonly (readonly Range[])[];
  readonly overrides: ReadonlyMap<DayNumber, readonly Range[]>;
  /** `holidays.dates`: explicit closed dates. */
  readonly closedDates: ReadonlySet<DayNumber>;
  readonly holidays: HolidaySource | undefined;
  /** What `holidays.ics` closes, per year on first use; undefined without ICS files. */
  readonly ics: IcsClosures | undefined;
  /** The last year with any range when the weekly hours have none (open only on overrides); undefined when open every week. */
  readonly lastOpenYear: number | undefined;
  readonly chunks: Map<number, Chunk>;
  /** The chunk the last lookup by instant or date found: evaluation asks about nearby instants over and over. */
  recent: Chunk | undefined;
  readonly holidayYears: Map<number, ReadonlyMap<DayNumber, ClosedBy>>;
};

/**
 * One local year of a calendar, precomputed: per date (index i = day number
 * - firstDay) and per open span, with a running sum of business time.
 * Open spans are what the dates' ranges give, less the timed closures.
 * Spans cover exactly [from, to): an overnight range from 31 December is
 * split at the year's end and its rest opens the next chunk.
 */
export type Chunk = {
  readonly year: number;
  readonly firstDay: DayNumber;
  /** Local midnight of 1 January of `year`, and of the year after. */
  readonly from: number;
  readonly to: number;
  /** days + 1 entries: each date's midnight, then `to`. */
  readonly midnight: Float64Array;
  /** Each date's first opening and last closing as resolved (NaN when the date has no range; both at its first range's start when it has no time). */
  readonly dayOpen: Float64Array;
  readonly dayClose: Float64Array;
  /** days + 1 entries: how many service days (dates with at least one range) come before date i in this chunk. */
  readonly serviceBefore: Int32Array;
  /** Why a date is closed (holiday name, ICS event, `closed` for `holidays.dates`, `override` for an override `[]`); undefined when not closed. */
  readonly closed: readonly (ClosedBy | undefined)[];
  /** The open time that timed ICS closures take away, sorted, disjoint, each with the closure that takes it. */
  readonly closedTimes: readonly ClosedSpan[];
  /** Disjoint open spans, sorted, adjacent ones joined. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** spans + 1 entries: business time before span j. */
  readonly cum: Float64Array;
  readonly total: number;
};

export function modelOf(cal: Calendar): CalendarModel {
  const model = cal as Partial<CalendarModel>;
  if (!(model.chunks instanceof Map)) throw new TypeError('not a compiled calendar: pass the result of compileCalendar');
  return model as CalendarModel;
}

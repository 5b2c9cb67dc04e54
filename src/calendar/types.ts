import type { Where } from '../problem.js';
import type { IcsFile } from './ics/ics-file.js';
import type { Instant } from './wall-clock.js';

export type { Instant } from './wall-clock.js';

/** A half-open span of time [from, to). */
export type Span = { from: Instant; to: Instant };

/** A stretch during which a clock stands still; `label` names why (the ticket status). */
export type Pause = Span & { label?: string };

/** Weekly hours as written: keys `mon`..`sun`, ranges `mon-fri`, `weekdays`, `weekend`; values `HH:MM-HH:MM` ranges. */
export type WeeklyHoursDef = Readonly<Record<string, readonly string[]>>;

/** Holidays as written under a calendar's `holidays:` (SPEC 3). */
export type HolidaysDef = {
  /** ISO 3166 country code for date-holidays, e.g. `DK`. */
  country?: string;
  /** Region/state code within the country, e.g. `BY` for Bavaria. */
  region?: string;
  /** date-holidays types to close; default `['public']`. */
  types?: readonly string[];
  /** Names of other date-holidays entries to close as well (`Juleaftensdag`). */
  include?: readonly string[];
  /** Names to keep open although their type is taken. */
  exclude?: readonly string[];
  /** Explicit closed dates `YYYY-MM-DD`. */
  dates?: readonly string[];
  /** ICS files, read by readIcs: whole-day events close their dates, timed events their interval. */
  ics?: readonly IcsFile[];
};

/**
 * One calendar exactly as written under `calendars:` in the SLA file, plus its
 * time zone. `hours: '24x7'` is the always-open calendar (SPEC 3).
 */
export type CalendarDef = {
  timezone: string;
  hours: WeeklyHoursDef | '24x7';
  holidays?: HolidaysDef;
  /** A date `YYYY-MM-DD` mapped to its own ranges; `[]` closes it. Beats holidays. */
  overrides?: Readonly<Record<string, readonly string[]>>;
};

export type SegmentKind = 'counted' | 'outside-hours' | 'holiday' | 'paused';

/**
 * One piece of a timeline; `label` is the holiday name for `holiday`, the
 * pause label for `paused`; `source` (asked for with `{ sources: true }`)
 * says where the closure of a `holiday` piece comes from (see ClosedBy).
 */
export type Segment = Span & { kind: SegmentKind; label?: string; source?: string };

/**
 * Why a date or a stretch of time is closed: `name` (the holiday's name, an
 * ICS event's SUMMARY, `closed` for holidays.dates, `override` for an
 * override `[]`) and `source`, the part of the calendar that closes it, in
 * the SLA file's words: `holidays.country DK`, `holidays.dates`,
 * `holidays.ics closures.ics:14` (the file as written and the VEVENT's
 * line), `overrides`. `where`: an ICS event's file (as messages name it)
 * and line, for problems about it.
 */
export type ClosedBy = { readonly name: string; readonly source: string; readonly where?: Where };

/** What is wrong with a calendar definition: `path` inside the definition (`hours.mon[1]`), and a message. */
export type CalendarIssue = { path: readonly (string | number)[]; message: string; hint?: string };

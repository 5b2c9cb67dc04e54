import type ICAL from 'ical.js';

/**
 * An ICS file as the calendar engine takes it (read by readIcs): its events,
 * each with the line of its BEGIN:VEVENT, their times as written (wall clock
 * and zone, not yet instants: a floating time takes the zone of the calendar
 * that uses the file), and the recurrence as ical.js parsed it.
 */
export type IcsFile = {
  /** The path as the SLA file writes it: closures name it as their source. */
  readonly name: string;
  /** The path messages name (resolved against the SLA file's folder). */
  readonly file: string;
  readonly events: readonly IcsEvent[];
};

/**
 * How a DATE or DATE-TIME value places its wall clock: UTC (`Z`), floating
 * (no zone: the calendar's zone), or a TZID resolved to an IANA zone, else
 * to the file's own VTIMEZONE definition.
 */
export type IcsZone =
  | { readonly kind: 'utc' }
  | { readonly kind: 'floating' }
  | { readonly kind: 'iana'; readonly tzid: string }
  | { readonly kind: 'vtimezone'; readonly tzid: string; readonly timezone: ICAL.Timezone };

/** A value as written: its wall clock as naive ms (the fields read as if UTC), whether it is a DATE, and its zone. */
export type IcsTime = { readonly naive: number; readonly isDate: boolean; readonly zone: IcsZone };

/**
 * How long each instance lasts. A DATE event: whole `days`. A timed event:
 * `end` as written (DTEND), or DURATION's days and weeks as wall-clock
 * time (`wall`, nominal: a day across a DST change is still a day) plus its
 * hours, minutes and seconds as real time (`exact`), as RFC 5545 3.3.6 has it.
 */
export type IcsLength =
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'end'; readonly end: IcsTime }
  | { readonly kind: 'duration'; readonly wall: number; readonly exact: number };

export type IcsEvent = {
  /** 1-based line of its BEGIN:VEVENT. */
  readonly line: number;
  /** SUMMARY, trimmed; `closed` when the event has none. */
  readonly summary: string;
  readonly uid: string | undefined;
  readonly start: IcsTime;
  readonly length: IcsLength;
  /** RRULEs (usually one), as ical.js parsed them. */
  readonly rules: readonly ICAL.Recur[];
  /** RDATE instances; a PERIOD value carries its own end. */
  readonly rdates: readonly { readonly start: IcsTime; readonly end?: IcsTime }[];
  readonly exdates: readonly IcsTime[];
  /** Set on an override: the RECURRENCE-ID of the instance of the event with the same UID that it replaces. */
  readonly recurrenceId?: IcsTime;
  /** STATUS:CANCELLED: closes nothing (on an override: removes that instance). */
  readonly cancelled: boolean;
};

import ICAL from 'ical.js';
import { instantToLocal, naiveMillis, naiveToInstant, type Instant } from '../wall-clock.js';
import type { IcsTime, IcsZone } from './ics-file.js';

/** Wall clock <-> instants in one zone of an ICS file. */
export type WallClock = { toInstant(naive: number): Instant; toNaive(at: Instant): number };

const UTC: WallClock = { toInstant: (naive) => naive, toNaive: (at) => at };

/**
 * The wall clock of a zone as the calendar that uses the file reads it: a
 * floating time is in the calendar's zone; an IANA zone (and the calendar's)
 * follows SPEC 3 (a time in a spring-forward gap is the end of the gap, one
 * in a fall-back overlap the earlier instant); a zone the file defines in a
 * VTIMEZONE (Outlook's "Romance Standard Time") follows that definition, as
 * ical.js reads it.
 */
export function wallClockOf(zone: IcsZone, calendarZone: string): WallClock {
  if (zone.kind === 'utc') return UTC;
  if (zone.kind === 'vtimezone') return vtimezoneClock(zone.timezone);
  return ianaClock(zone.kind === 'iana' ? zone.tzid : calendarZone);
}

export function ianaClock(zone: string): WallClock {
  return {
    toInstant: (naive) => naiveToInstant(zone, naive).at,
    toNaive: (at) => naiveMillis(instantToLocal(zone, at)),
  };
}

function vtimezoneClock(timezone: ICAL.Timezone): WallClock {
  return {
    toInstant: (naive) => naive - timezone.utcOffset(icalTime(naive, false)) * 1000,
    toNaive: (at) => {
      const local = ICAL.Time.fromJSDate(new Date(at), true).convertToZone(timezone);
      return naiveOfTime(local);
    },
  };
}

/** The instant of a value (a DATE: its midnight) in the calendar's reading. */
export function instantOf(t: IcsTime, calendarZone: string): Instant {
  return wallClockOf(t.zone, calendarZone).toInstant(t.naive);
}

/** Naive ms of an ical.js time's fields. */
export function naiveOfTime(t: ICAL.Time): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.isDate ? 0 : t.hour, t.isDate ? 0 : t.minute, t.isDate ? 0 : t.second);
}

/** A floating ical.js time (no zone) with the fields of a naive instant. */
export function icalTime(naive: number, isDate: boolean): ICAL.Time {
  const d = new Date(naive);
  return ICAL.Time.fromData({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: isDate ? 0 : d.getUTCHours(),
    minute: isDate ? 0 : d.getUTCMinutes(),
    second: isDate ? 0 : d.getUTCSeconds(),
    isDate,
  });
}

import ICAL from 'ical.js';
import { offsetsByDay, resolver } from '../wall-time-resolver.js';
import { instantToLocal, naiveMillis, type Instant } from '../wall-clock.js';
import type { IcsTime, IcsZone } from './ics-file.js';

/** Wall clock <-> instants in one zone of an ICS file. */
export type WallClock = { toInstant(naive: number): Instant; toNaive(at: Instant): number };

const UTC: WallClock = { toInstant: (naive) => naive, toNaive: (at) => at };

/** The wall clocks of the zones an ICS file names, for one calendar: one per zone, so that each keeps its offsets. */
export type WallClocks = (zone: IcsZone) => WallClock;

const DAY = 86_400_000;

/**
 * The wall clocks of zones as the calendar that uses the file reads them: a
 * floating time is in the calendar's zone; an IANA zone (and the calendar's)
 * follows SPEC 3 (a time in a spring-forward gap is the end of the gap, one
 * in a fall-back overlap the earlier instant); a zone the file defines in a
 * VTIMEZONE (Outlook's "Romance Standard Time") follows that definition, as
 * ical.js reads it.
 */
export function wallClocks(calendarZone: string): WallClocks {
  const known = new Map<string, WallClock>();
  return (zone) => {
    const key = zone.kind === 'utc' ? 'UTC' : zone.kind === 'floating' ? calendarZone : zone.tzid;
    let clock = known.get(`${zone.kind}:${key}`);
    if (clock === undefined) {
      clock = zone.kind === 'utc' ? UTC : zone.kind === 'vtimezone' ? vtimezoneClock(zone.timezone) : ianaClock(key);
      known.set(`${zone.kind}:${key}`, clock);
    }
    return clock;
  };
}

/**
 * An IANA zone's wall clock. Instances of a series are mostly far from a DST
 * change, and luxon's offset lookup is the costly step (a few hundred
 * series in a year asked luxon 60,000 times): toInstant is the chunk
 * builder's resolver (offsets per day, SPEC 3 near a change), and toNaive
 * takes the day's offset (the chunk builder's too) when it is the same at
 * both ends of the UTC day.
 */
function ianaClock(zone: string): WallClock {
  const offsetOn = offsetsByDay(zone);
  return {
    toInstant: resolver(zone),
    toNaive: (at) => {
      const k = Math.floor(at / DAY);
      const offset = offsetOn(k);
      return offset === offsetOn(k + 1) ? at + Math.round(offset * 60_000) : naiveMillis(instantToLocal(zone, at));
    },
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
export function instantOf(t: IcsTime, clocks: WallClocks): Instant {
  return clocks(t.zone).toInstant(t.naive);
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

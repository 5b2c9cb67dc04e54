import { addBusinessDays, addBusinessTime, businessTime, segments, type Instant } from '../calendar/index.js';
import { formatInstant } from '../calendar/wall-clock.js';
import { formatDuration } from './values/duration.js';
import type { Duration, SlaCalendar } from './types.js';

/**
 * `slacheck calendar`: one stretch of one calendar, the way a person checks a
 * deadline by hand. Between two instants: the business time and the segments
 * (counted, outside hours, holiday with its name and where its closure comes
 * from). From an instant plus a
 * duration: the due instant, and the segments that lead to it.
 */
export type Timeline = {
  schema_version: 1;
  calendar: string;
  timezone: string;
  from: string;
  to: string;
  /** The duration as given with --add; null for --to. */
  add: string | null;
  /** With --add: the due instant (= to); null for --to. */
  due: string | null;
  business_minutes: number;
  /** `source`: where a holiday segment's closure comes from (`holidays.country DK`, `holidays.dates`, `holidays.ics closures.ics:14`, `overrides`); null for the other kinds. */
  segments: { from: string; to: string; minutes: number; kind: string; label: string | null; source: string | null }[];
};

export function timelineBetween(cal: SlaCalendar, from: Instant, to: Instant): Timeline {
  return build(cal, from, to, null);
}

/** SPEC 3: `Nbd` counts service days from the start; the other forms are business time in the calendar. */
export function timelineAdding(cal: SlaCalendar, from: Instant, add: Duration): Timeline {
  const due = add.kind === 'business-days' ? addBusinessDays(cal.calendar, from, add.days) : addBusinessTime(cal.calendar, from, add.ms);
  return build(cal, from, due, formatDuration(add));
}

function build(cal: SlaCalendar, from: Instant, to: Instant, add: string | null): Timeline {
  const zone = cal.def.timezone;
  return {
    schema_version: 1,
    calendar: cal.name,
    timezone: zone,
    from: formatInstant(zone, from),
    to: formatInstant(zone, to),
    add,
    due: add === null ? null : formatInstant(zone, to),
    business_minutes: businessTime(cal.calendar, from, to) / 60_000,
    segments: segments(cal.calendar, from, to, undefined, { sources: true }).map((s) => ({
      from: formatInstant(zone, s.from),
      to: formatInstant(zone, s.to),
      minutes: (s.to - s.from) / 60_000,
      kind: s.kind,
      label: s.label ?? null,
      source: s.source ?? null,
    })),
  };
}

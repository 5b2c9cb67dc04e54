import { IANAZone } from 'luxon';

/**
 * Local wall-clock time <-> absolute instants, with SPEC 3's daylight-saving
 * rules in one place. The only module that imports luxon; every other layer
 * (calendar compile, timestamp parsing, output formatting) goes through it.
 */

export type Instant = number;

/** A local date and time in some zone; month 1-12, day 1-31. */
export type LocalDateTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
  millisecond?: number;
};

/** How a local time was turned into an instant: as written, moved out of a gap, or the earlier of two. */
export type Resolution = 'exact' | 'gap' | 'overlap';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The zone's UTC offset in minutes at an instant (+60 for CET). */
export function offsetMinutes(zone: string, at: Instant): number {
  return IANAZone.create(zone).offset(at);
}

/** Local wall time as if it were UTC: the "naive" epoch number of a LocalDateTime. */
export function naiveMillis(t: LocalDateTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second ?? 0, t.millisecond ?? 0);
}

/**
 * The instant of a local wall time, by SPEC 3: a time in a spring-forward gap
 * moves to the first instant after the gap (the transition itself); a time in
 * a fall-back overlap is the earlier instant. Never luxon's default guess,
 * which depends on the current date.
 */
export function localToInstant(zone: string, t: LocalDateTime): { at: Instant; resolution: Resolution } {
  return naiveToInstant(zone, naiveMillis(t));
}

/** localToInstant for a naive epoch number (see naiveMillis). */
export function naiveToInstant(zone: string, naive: number): { at: Instant; resolution: Resolution } {
  const z = IANAZone.create(zone);
  // Offsets a day either side bracket any transition near this wall time (zones change at most twice a year).
  const before = z.offset(naive - DAY);
  const after = z.offset(naive + DAY);
  const candidates: Instant[] = [];
  for (const offset of before === after ? [before] : [before, after]) {
    const at = naive - offset * 60_000;
    if (z.offset(at) === offset) candidates.push(at);
  }
  if (candidates.length === 2) return { at: Math.min(...candidates), resolution: 'overlap' };
  if (candidates.length === 1) return { at: candidates[0]!, resolution: 'exact' };
  return { at: transitionBetween(z, naive - after * 60_000, naive - before * 60_000), resolution: 'gap' };
}

/** The first instant in (lo, hi] whose offset differs from lo's: the transition that makes a gap. */
function transitionBetween(z: IANAZone, lo: Instant, hi: Instant): Instant {
  const start = z.offset(lo);
  // Binary search to the millisecond: at most ~30 steps for the few hours a gap spans.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (z.offset(mid) === start) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The local wall time of an instant in a zone; weekday 1 = Monday … 7 = Sunday. */
export function instantToLocal(zone: string, at: Instant): LocalDateTime & { weekday: number; offset: number } {
  const offset = offsetMinutes(zone, at);
  // Offsets before standard time (local mean time, before ~1900) are not whole minutes: +00:53:28 in Berlin.
  const d = new Date(at + Math.round(offset * 60_000));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: ((d.getUTCDay() + 6) % 7) + 1,
    offset,
  };
}

/**
 * ISO 8601 with the zone's offset: `2026-04-07T08:30:00+02:00`; milliseconds
 * only when not zero. Built by hand (no Intl, no locale) so output is the same
 * on every machine.
 */
export function formatInstant(zone: string, at: Instant): string {
  const t = instantToLocal(zone, at);
  const ms = t.millisecond === 0 ? '' : `.${pad(t.millisecond ?? 0, 3)}`;
  return `${formatDate(t)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second ?? 0, 2)}${ms}${formatOffset(t.offset)}`;
}

/**
 * `+02:00`, `-05:00`, `+05:45`; `Z` is never used so that the zone's offset is
 * always visible. A local mean time offset (before ~1900) keeps its seconds:
 * `+00:53:28`.
 */
export function formatOffset(offsetMinutesValue: number): string {
  const sign = offsetMinutesValue < 0 ? '-' : '+';
  const seconds = Math.round(Math.abs(offsetMinutesValue) * 60);
  const rest = seconds % 60;
  return `${sign}${pad(Math.floor(seconds / 3600), 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}${rest === 0 ? '' : `:${pad(rest, 2)}`}`;
}

/** `YYYY-MM-DD` of a local date. */
export function formatDate(t: { year: number; month: number; day: number }): string {
  return `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

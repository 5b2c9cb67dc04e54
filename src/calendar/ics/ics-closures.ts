import { dayNumber, type DayNumber } from '../days.js';
import type { ClosedBy } from '../types.js';
import type { Instant } from '../wall-clock.js';
import type { IcsEvent, IcsFile, IcsTime } from './ics-file.js';
import { instantOf, wallClocks, type WallClock, type WallClocks } from './ics-zones.js';
import { ruleStarts, type RuleStarts } from './rule-starts.js';

/**
 * What a calendar's ICS files close in one year, in the calendar's zone:
 * the dates that whole-day events close, and the intervals that timed
 * events close. Built per year on first use and kept (the calendar model
 * holds this object, as it holds its chunks); recurrences are walked only
 * up to the year asked (rule-starts.ts).
 */

/** A timed closure: [from, to) and why. */
export type ClosedSpan = { readonly from: Instant; readonly to: Instant; readonly by: ClosedBy };

export type IcsYear = {
  /** Dates of the year that whole-day events close; the first event (files in order, events in file order) names a date. */
  readonly dates: ReadonlyMap<DayNumber, ClosedBy>;
  /** Timed closures that reach into the year (give or take two days, for any zone's local year), sorted by start. */
  readonly spans: readonly ClosedSpan[];
};

export type IcsClosures = { ofYear(year: number): IcsYear };

const DAY = 86_400_000;
// Local years start within 14 hours of UTC's; two days either side hold any zone's year and a chunk's look back.
const SLACK = 2 * DAY;

export function icsClosures(files: readonly IcsFile[], zone: string): IcsClosures {
  const clocks = wallClocks(zone);
  const events = files.flatMap((f) => eventsOf(f, clocks));
  const years = new Map<number, IcsYear>();
  return {
    ofYear(year) {
      let known = years.get(year);
      if (known === undefined) {
        known = yearOf(events, year);
        years.set(year, known);
      }
      return known;
    },
  };
}

/** One event's instances in a window, as dates or as spans. */
type EventClosures = {
  readonly by: ClosedBy;
  /** Whole-day instances: [first, first + days) for each that touches [from, to) (day numbers). */
  dates?(from: DayNumber, to: DayNumber): [DayNumber, number][];
  /** Timed instances that overlap [from, to). */
  spans?(from: Instant, to: Instant): [Instant, Instant][];
};

function yearOf(events: readonly EventClosures[], year: number): IcsYear {
  const [first, last] = [dayNumber(year, 1, 1), dayNumber(year + 1, 1, 1)];
  const [from, to] = [Date.UTC(year, 0, 1) - SLACK, Date.UTC(year + 1, 0, 1) + SLACK];
  const dates = new Map<DayNumber, ClosedBy>();
  const spans: ClosedSpan[] = [];
  for (const e of events) {
    for (const [start, days] of e.dates?.(first, last) ?? []) {
      for (let dn = Math.max(start, first); dn < Math.min(start + days, last); dn++) if (!dates.has(dn)) dates.set(dn, e.by);
    }
    for (const [s, t] of e.spans?.(from, to) ?? []) spans.push({ from: s, to: t, by: e.by });
  }
  spans.sort((a, b) => a.from - b.from || a.to - b.to);
  return { dates, spans };
}

/**
 * A file's events as closures in the calendar's zone. Cancelled events
 * close nothing; an override (RECURRENCE-ID) closes its own time and takes
 * the instance it replaces out of its series (cancelled or not).
 */
function eventsOf(file: IcsFile, clocks: WallClocks): EventClosures[] {
  const replaced = new Map<string, IcsTime[]>();
  const masters = new Set(file.events.filter((e) => e.recurrenceId === undefined && e.uid !== undefined).map((e) => e.uid!));
  for (const e of file.events) {
    if (e.recurrenceId === undefined || e.uid === undefined || !masters.has(e.uid)) continue;
    replaced.set(e.uid, [...(replaced.get(e.uid) ?? []), e.recurrenceId]);
  }
  return file.events
    .filter((e) => !e.cancelled)
    .map((e) => eventClosures(e, file, clocks, e.recurrenceId === undefined ? (replaced.get(e.uid ?? '') ?? []) : []));
}

function eventClosures(event: IcsEvent, file: IcsFile, clocks: WallClocks, replaced: readonly IcsTime[]): EventClosures {
  const by: ClosedBy = {
    name: event.summary,
    source: `holidays.ics ${file.name}:${event.line}`,
    where: { file: file.file, line: event.line },
  };
  const clock = clocks(event.start.zone);
  const recurs = event.rules.length > 0 || event.rdates.length > 0;
  const starts = event.rules.length > 0 ? ruleStarts(event, file.file, clock) : undefined;
  const excluded = [...event.exdates, ...replaced];
  if (event.start.isDate) {
    const days = event.length.kind === 'days' ? event.length.days : 1;
    const out = new Set(excluded.map((t) => Math.floor(t.naive / DAY)));
    const firstDays = (from: DayNumber, to: DayNumber): DayNumber[] => {
      if (!recurs) return [Math.floor(event.start.naive / DAY)];
      const list = starts === undefined ? [event.start.naive] : inWindow(starts, (from - days + 1) * DAY, to * DAY);
      return [...list, ...event.rdates.map((r) => r.start.naive)].map((n) => Math.floor(n / DAY)).filter((d) => !out.has(d));
    };
    return {
      by,
      dates: (from, to) =>
        firstDays(from, to)
          .filter((d) => d < to && d + days > from)
          .map((d) => [d, days]),
    };
  }
  const end = endOf(event, clock, clocks);
  const reach =
    event.length.kind === 'duration'
      ? event.length.wall + event.length.exact
      : event.length.kind === 'end'
        ? Math.max(0, clock.toNaive(instantOf(event.length.end, clocks)) - event.start.naive)
        : 0;
  const outAt = new Set(excluded.filter((t) => !t.isDate).map((t) => instantOf(t, clocks)));
  const outOn = new Set(excluded.filter((t) => t.isDate).map((t) => Math.floor(t.naive / DAY)));
  const kept = (naive: number, at: Instant) => !outAt.has(at) && !outOn.has(Math.floor(naive / DAY));
  const instances = (from: Instant, to: Instant): [Instant, Instant][] => {
    const out: [Instant, Instant][] = [];
    // Naive times lie within a day of their instants: a wider window of starts, then the exact test below.
    const list = starts === undefined ? [event.start.naive] : inWindow(starts, from - reach - SLACK, to + SLACK);
    for (const naive of list) {
      const at = clock.toInstant(naive);
      if (kept(naive, at)) out.push([at, end(naive)]);
    }
    for (const r of event.rdates) {
      const at = instantOf(r.start, clocks);
      const naive = clock.toNaive(at);
      if (kept(naive, at)) out.push([at, r.end === undefined ? end(naive) : instantOf(r.end, clocks)]);
    }
    return out;
  };
  return {
    by,
    spans: (from, to) => (recurs ? instances(from, to) : single(event, clocks)).filter(([s, t]) => t > s && s < to && t > from),
  };
}

/** A single timed event: its start and end as written. */
function single(event: IcsEvent, clocks: WallClocks): [Instant, Instant][] {
  const from = instantOf(event.start, clocks);
  const length = event.length;
  if (length.kind === 'end') return [[from, instantOf(length.end, clocks)]];
  if (length.kind === 'duration') return [[from, clocks(event.start.zone).toInstant(event.start.naive + length.wall) + length.exact]];
  return [];
}

/**
 * The end of the instance that starts at a naive time: the wall-clock
 * length of DTEND - DTSTART (as calendar programs show a series: 22:00 to
 * 06:00 every Saturday, whatever the clocks do that night), or DURATION's
 * days as wall-clock days and its hours as real time.
 */
function endOf(event: IcsEvent, clock: WallClock, clocks: WallClocks): (naive: number) => Instant {
  const length = event.length;
  if (length.kind === 'end') {
    const wall = clock.toNaive(instantOf(length.end, clocks)) - event.start.naive;
    return (naive) => clock.toInstant(naive + wall);
  }
  if (length.kind === 'duration') return (naive) => clock.toInstant(naive + length.wall) + length.exact;
  return (naive) => clock.toInstant(naive);
}

/** The starts in [from, to) (naive ms), walking the rule up to `to`. */
function inWindow(starts: RuleStarts, from: number, to: number): number[] {
  const all = starts.before(to);
  return all.slice(firstAtOrAfter(all, from), firstAtOrAfter(all, to));
}

function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { CalendarDef } from '../../src/calendar/types.js';

/**
 * fast-check arbitraries for the calendar properties: random valid calendars
 * (0-3 ranges a day, overnight ranges, 24:00, 24x7, closed dates, overrides,
 * holidays on or off) in zones with odd daylight saving, and minute-granular
 * spans in 2024-2027, half of them placed around a DST change.
 */

export const MIN = 60_000;
export const DAY = 86_400_000;

export const ZONES = ['Europe/Copenhagen', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'] as const;
const COUNTRY: Record<string, string> = {
  'Europe/Copenhagen': 'DK',
  'America/New_York': 'US',
  'Australia/Lord_Howe': 'AU',
  'Asia/Kolkata': 'IN',
  'Pacific/Chatham': 'NZ',
  UTC: 'GB',
};

const WINDOW = { from: Date.UTC(2024, 0, 3), to: Date.UTC(2027, 11, 20) };

/** The zone's offset changes in the window, found by luxon at hourly steps (once per zone). */
const transitionsOf = (() => {
  const cache = new Map<string, number[]>();
  return (zone: string): number[] => {
    let list = cache.get(zone);
    if (list === undefined) {
      list = [];
      let last = DateTime.fromMillis(WINDOW.from, { zone }).offset;
      for (let at = WINDOW.from; at < WINDOW.to; at += 3_600_000) {
        const offset = DateTime.fromMillis(at, { zone }).offset;
        if (offset !== last) list.push(at);
        last = offset;
      }
      cache.set(zone, list);
    }
    return list;
  };
})();

const clock = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A minute of the day, biased towards the small hours where DST changes happen. */
const minuteOfDay = fc.oneof(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 60, max: 240 }), fc.constantFrom(0, 480, 960, 1440));

/** 0-3 disjoint ranges [start, end) in minutes, sorted. */
const dayRanges = fc.uniqueArray(minuteOfDay, { maxLength: 6 }).map((cuts) => {
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) out.push([sorted[i]!, sorted[i + 1]!]);
  return out;
});

type Week = [number, number][][];

/** Turns some last ranges overnight, never reaching the next day's first range (SPEC 3 forbids the overlap; the checker too). */
function withOvernight(week: Week, flags: boolean[], fractions: number[]): string[][] {
  return week.map((day, d) =>
    day.map(([s, e], k) => {
      const last = k === day.length - 1;
      const next = week[(d + 1) % 7]![0]?.[0] ?? 1440;
      if (!last || !flags[d] || s === 0) return `${clock(s)}-${clock(e)}`;
      const end = Math.floor(fractions[d]! * Math.min(s, next));
      return `${clock(s)}-${clock(end)}`;
    }),
  );
}

/** Night shifts: every day either closed or one range from the afternoon or evening into the next morning. */
export const nightShifts: fc.Arbitrary<CalendarDef['hours']> = fc
  .array(fc.option(fc.tuple(fc.integer({ min: 720, max: 1439 }), fc.integer({ min: 0, max: 720 })), { freq: 4 }), {
    minLength: 7,
    maxLength: 7,
  })
  .map((week) =>
    Object.fromEntries(
      week.flatMap((r, d) =>
        r === null ? [] : [[['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][d]!, [`${clock(r[0])}-${clock(r[1])}`]]],
      ),
    ),
  );

const hoursArb: fc.Arbitrary<CalendarDef['hours']> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('24x7' as const) },
  {
    weight: 6,
    arbitrary: fc
      .record({
        week: fc.array(dayRanges, { minLength: 7, maxLength: 7 }),
        flags: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        fractions: fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 7, maxLength: 7 }),
      })
      .map(({ week, flags, fractions }) => {
        const days = withOvernight(week, flags, fractions);
        const names = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
        return Object.fromEntries(days.flatMap((list, d) => (list.length > 0 ? [[names[d]!, list] as const] : [])));
      }),
  },
  { weight: 2, arbitrary: nightShifts },
  { weight: 2, arbitrary: dayRanges.filter((r) => r.length > 0).map((r) => ({ 'mon-fri': r.map(([s, e]) => `${clock(s)}-${clock(e)}`) })) },
);

export type Scenario = { def: CalendarDef; from: number; to: number };

/** A start instant (minute-granular): anywhere in 2024-2027, or within three days of one of the zone's DST changes. */
function startIn(zone: string): fc.Arbitrary<number> {
  const transitions = transitionsOf(zone);
  const anywhere = fc.integer({ min: WINDOW.from / MIN, max: WINDOW.to / MIN - 20 * 1440 }).map((m) => m * MIN);
  if (transitions.length === 0) return anywhere;
  const nearChange = fc
    .tuple(fc.constantFrom(...transitions), fc.integer({ min: -3 * 1440, max: 3 * 1440 }))
    .map(([t, m]) => Math.floor(t / MIN) * MIN + m * MIN);
  return fc.oneof(anywhere, nearChange);
}

/** A valid calendar and a span of up to `maxDays` days. */
export function scenario(maxDays = 10, hours = hoursArb): fc.Arbitrary<Scenario> {
  return fc.constantFrom(...ZONES).chain((zone) =>
    fc
      .record({
        hours,
        from: startIn(zone),
        minutes: fc.integer({ min: 0, max: maxDays * 1440 }),
        holidays: fc.boolean(),
        closed: fc.array(fc.integer({ min: -2, max: maxDays + 2 }), { maxLength: 3 }),
        overrides: fc.array(fc.record({ offset: fc.integer({ min: -2, max: maxDays + 2 }), ranges: dayRanges }), { maxLength: 3 }),
      })
      .map(({ hours, from, minutes, holidays, closed, overrides }) => {
        const day0 = Math.floor(from / DAY);
        const iso = (offset: number): string => new Date((day0 + offset) * DAY).toISOString().slice(0, 10);
        const def: CalendarDef = { timezone: zone, hours };
        if (holidays || closed.length > 0)
          def.holidays = { ...(holidays ? { country: COUNTRY[zone]! } : {}), ...(closed.length > 0 ? { dates: closed.map(iso) } : {}) };
        if (overrides.length > 0)
          def.overrides = Object.fromEntries(overrides.map((o) => [iso(o.offset), o.ranges.map(([s, e]) => `${clock(s)}-${clock(e)}`)]));
        return { def, from, to: from + minutes * MIN };
      }),
  );
}

/** Pauses (minute-granular) around a span: unsorted, overlapping, crossing the edges, some empty. */
export function pausesAround(from: number, to: number): fc.Arbitrary<{ from: number; to: number; label?: string }[]> {
  const minutes = Math.max(1, (to - from) / MIN);
  const point = fc.integer({ min: -60, max: minutes + 60 }).map((m) => from + m * MIN);
  return fc.array(
    fc
      .record({ a: point, b: point, label: fc.constantFrom('Afventer kunde', 'Afventer tredjepart', undefined) })
      .map(({ a, b, label }) =>
        label === undefined ? { from: Math.min(a, b), to: Math.max(a, b) } : { from: Math.min(a, b), to: Math.max(a, b), label },
      ),
    { maxLength: 4 },
  );
}

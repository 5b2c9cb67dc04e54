import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTime,
  checkCalendarDef,
  compileCalendar,
  readIcs,
  segments,
  type Calendar,
  type CalendarDef,
  type Segment,
} from '../../src/calendar/index.js';
import { DAY, MIN, pausesAround, scenario, type Scenario } from './arbitraries.js';
import { inPause, oracleBusinessTime, oracleDue, oracleOf } from './oracle.js';

/**
 * holidays.ics against what it means: random whole-day closures written as
 * ICS events (single, multi-day, a weekly series with an EXDATE) give the
 * same business time, due instants, business days and segments as the same
 * dates under holidays.dates; random timed closures (UTC) agree with the
 * minute oracle extended with closed intervals (oracle.ts).
 */

const ymd = (dn: number): string => new Date(dn * DAY).toISOString().slice(0, 10).replaceAll('-', '');
const utc = (at: number): string => `${new Date(at).toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`;

function ics(events: string[][]): string {
  const body = events.map((lines, i) => ['BEGIN:VEVENT', `UID:e${i}@test`, ...lines, 'END:VEVENT'].join('\r\n'));
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//slacheck//test//EN', ...body, 'END:VCALENDAR', ''].join('\r\n');
}

function withIcs(def: CalendarDef, text: string): Calendar | undefined {
  const read = readIcs(text, 'closures.ics', 'closures.ics');
  expect(read.problems.filter((p) => p.code !== 'ics.no-events')).toEqual([]);
  const withFile: CalendarDef = { ...def, holidays: { ...def.holidays, ics: [read.ics] } };
  return checkCalendarDef(def).length === 0 ? compileCalendar(withFile) : undefined;
}

/** Whole-day closures near the span: single or multi-day events, and a weekly series of `count` Mondays-or-whatever with one EXDATE. */
const wholeDays = fc.record({
  singles: fc.array(
    fc.record({
      offset: fc.integer({ min: -3, max: 12 }),
      days: fc.integer({ min: 1, max: 3 }),
      summary: fc.constantFrom('Lukkedag', 'Inventory', ''),
    }),
    { maxLength: 4 },
  ),
  series: fc.option(
    fc.record({ offset: fc.integer({ min: -8, max: 6 }), count: fc.integer({ min: 1, max: 4 }), skip: fc.integer({ min: 0, max: 4 }) }),
  ),
});

type WholeDays = typeof wholeDays extends fc.Arbitrary<infer T> ? T : never;

/** The ICS text and the same closed dates as `YYYY-MM-DD`. */
function asIcsAndDates(day0: number, c: WholeDays): { text: string; dates: string[] } {
  const events: string[][] = [];
  const dates = new Set<number>();
  for (const s of c.singles) {
    events.push([
      `DTSTART;VALUE=DATE:${ymd(day0 + s.offset)}`,
      `DTEND;VALUE=DATE:${ymd(day0 + s.offset + s.days)}`,
      ...(s.summary === '' ? [] : [`SUMMARY:${s.summary}`]),
    ]);
    for (let d = 0; d < s.days; d++) dates.add(day0 + s.offset + d);
  }
  if (c.series !== null) {
    const first = day0 + c.series.offset;
    const skipped = c.series.skip < c.series.count ? first + 7 * c.series.skip : undefined;
    events.push([
      `DTSTART;VALUE=DATE:${ymd(first)}`,
      `RRULE:FREQ=WEEKLY;COUNT=${c.series.count}`,
      ...(skipped === undefined ? [] : [`EXDATE;VALUE=DATE:${ymd(skipped)}`]),
      'SUMMARY:Ugentlig lukning',
    ]);
    for (let k = 0; k < c.series.count; k++) if (first + 7 * k !== skipped) dates.add(first + 7 * k);
  }
  const iso = [...dates].map((dn) => new Date(dn * DAY).toISOString().slice(0, 10));
  return { text: ics(events), dates: iso };
}

/** Segments with neighbours of one kind joined: the two calendars name closed dates differently (SUMMARY vs `closed`). */
function kinds(parts: readonly Segment[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && last[2] === p.kind && last[1] === p.from) last[1] = p.to;
    else out.push([p.from, p.to, p.kind]);
  }
  return out;
}

describe('whole-day ICS closures are holidays.dates', () => {
  it('give identical business time, due instants, business days and segments', () => {
    fc.assert(
      fc.property(
        scenario(10),
        wholeDays,
        fc.integer({ min: 0, max: 3 * 1440 }),
        fc.integer({ min: 0, max: 4 }),
        (s: Scenario, c, minutes, n) => {
          const day0 = Math.floor(s.from / DAY);
          const { text, dates } = asIcsAndDates(day0, c);
          const fromIcs = withIcs(s.def, text);
          fc.pre(fromIcs !== undefined);
          const asDates: CalendarDef = { ...s.def, holidays: { ...s.def.holidays, dates: [...(s.def.holidays?.dates ?? []), ...dates] } };
          fc.pre(checkCalendarDef(asDates).length === 0);
          const fromDates = compileCalendar(asDates);
          expect(businessTime(fromIcs!, s.from, s.to)).toBe(businessTime(fromDates, s.from, s.to));
          expect(addBusinessTime(fromIcs!, s.from, minutes * MIN)).toBe(addBusinessTime(fromDates, s.from, minutes * MIN));
          expect(addBusinessDays(fromIcs!, s.from, n)).toBe(addBusinessDays(fromDates, s.from, n));
          expect(kinds(segments(fromIcs!, s.from, s.to))).toEqual(kinds(segments(fromDates, s.from, s.to)));
        },
      ),
      { numRuns: 80 },
    );
  });
});

/** Timed closures near the span, minute-granular, written in UTC. */
function closuresAround(from: number, to: number): fc.Arbitrary<{ from: number; to: number; label: string }[]> {
  const minutes = Math.max(1, (to - from) / MIN);
  return fc.array(
    fc
      .record({
        start: fc.integer({ min: -1440, max: minutes + 60 }),
        length: fc.integer({ min: 1, max: 2 * 1440 }),
        label: fc.constantFrom('Servicevindue', 'Flytning', 'Strømsvigt'),
      })
      .map((c) => ({ from: from + c.start * MIN, to: from + (c.start + c.length) * MIN, label: c.label })),
    { maxLength: 4 },
  );
}

function timedIcs(closed: readonly { from: number; to: number; label: string }[]): string {
  return ics(closed.map((c) => [`DTSTART:${utc(c.from)}`, `DTEND:${utc(c.to)}`, `SUMMARY:${c.label}`]));
}

describe('timed ICS closures against the minute oracle', () => {
  it('businessTime, with and without pauses, equals the oracle', () => {
    fc.assert(
      fc.property(
        scenario(6).chain((s) => fc.tuple(fc.constant(s), closuresAround(s.from, s.to), pausesAround(s.from, s.to))),
        ([s, closed, pauses]) => {
          const cal = withIcs(s.def, timedIcs(closed));
          fc.pre(cal !== undefined);
          const tape = oracleOf({ ...s.def, closed }).tape(s.from, s.to);
          expect(businessTime(cal!, s.from, s.to)).toBe(oracleBusinessTime(tape, s.from, s.to));
          expect(businessTime(cal!, s.from, s.to, pauses)).toBe(oracleBusinessTime(tape, s.from, s.to, pauses));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('addBusinessTime gives the oracle due instant', () => {
    fc.assert(
      fc.property(
        scenario(3).chain((s) =>
          fc.tuple(fc.constant(s), closuresAround(s.from, s.from + 10 * DAY), fc.integer({ min: 0, max: 2 * 1440 })),
        ),
        ([s, closed, minutes]) => {
          const cal = withIcs(s.def, timedIcs(closed));
          fc.pre(cal !== undefined);
          const expected = oracleDue(oracleOf({ ...s.def, closed }).tape(s.from, s.from + 14 * DAY), s.from, minutes * MIN);
          fc.pre(expected !== undefined);
          expect(addBusinessTime(cal!, s.from, minutes * MIN)).toBe(expected);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('segments agree with the oracle minute by minute: closed open time is a holiday named by its event', () => {
    fc.assert(
      fc.property(
        scenario(4).chain((s) => fc.tuple(fc.constant(s), closuresAround(s.from, s.to), pausesAround(s.from, s.to))),
        ([s, closed, pauses]) => {
          const cal = withIcs(s.def, timedIcs(closed));
          fc.pre(cal !== undefined);
          const parts = segments(cal!, s.from, s.to, pauses, { sources: true });
          let at = s.from;
          for (const p of parts) {
            expect(p.from).toBe(at);
            at = p.to;
          }
          for (const m of oracleOf({ ...s.def, closed }).tape(s.from, s.to)) {
            const part = parts.find((p) => p.from <= m.at && m.at < p.to)!;
            const kind = m.open ? (inPause(m.at, pauses) ? 'paused' : 'counted') : m.closedBy === undefined ? 'outside-hours' : 'holiday';
            expect(part.kind).toBe(kind);
            if (kind === 'holiday') expect(part.label).toBe(m.closedBy);
            if (kind === 'holiday') expect(part.source).toMatch(/^(holidays\.|overrides)/);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessTime,
  businessTime,
  checkCalendarDef,
  compileCalendar,
  segments,
  type Calendar,
} from '../../src/calendar/index.js';
import { DAY, MIN, nightShifts, pausesAround, scenario, type Scenario } from './arbitraries.js';
import { inPause, oracleBusinessDays, oracleBusinessTime, oracleDue, oracleOf } from './oracle.js';

/**
 * The engine against the brute-force oracle (oracle.ts, minute by minute
 * with luxon) on random calendars and spans, and its algebra: additivity,
 * minimal due instants, segments that partition the span, pauses that only
 * remove time. Bounded so the file runs in seconds: spans up to 10 days.
 */

const RUNS = { numRuns: 100 };

/** Random calendars are valid by construction except where an override meets a neighbour's overnight range: drop those. */
function compiled(s: Scenario): Calendar | undefined {
  return checkCalendarDef(s.def).length === 0 ? compileCalendar(s.def) : undefined;
}

describe('calendar engine against the minute oracle', () => {
  it('businessTime equals the oracle, with and without pauses', () => {
    fc.assert(
      fc.property(
        scenario().chain((s) => fc.tuple(fc.constant(s), pausesAround(s.from, s.to))),
        ([s, pauses]) => {
          const cal = compiled(s);
          fc.pre(cal !== undefined);
          const tape = oracleOf(s.def).tape(s.from, s.to);
          expect(businessTime(cal!, s.from, s.to)).toBe(oracleBusinessTime(tape, s.from, s.to));
          expect(businessTime(cal!, s.from, s.to, pauses)).toBe(oracleBusinessTime(tape, s.from, s.to, pauses));
        },
      ),
      RUNS,
    );
  });

  it('addBusinessTime gives the oracle due instant, exactly the amount, and nothing earlier does', () => {
    fc.assert(
      fc.property(
        scenario().chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: 3 * 1440 }), pausesAround(s.from, s.to))),
        ([s, minutes, pauses]) => {
          const cal = compiled(s);
          fc.pre(cal !== undefined);
          const ms = minutes * MIN;
          const tape = oracleOf(s.def).tape(s.from, s.from + 20 * DAY);
          for (const p of [undefined, pauses]) {
            const expected = oracleDue(tape, s.from, ms, p ?? []);
            if (expected === undefined) continue;
            const due = addBusinessTime(cal!, s.from, ms, p);
            expect(due).toBe(expected);
            expect(businessTime(cal!, s.from, due, p)).toBe(ms);
            if (ms > 0) expect(businessTime(cal!, s.from, due - 1, p)).toBeLessThan(ms);
          }
        },
      ),
      RUNS,
    );
  });

  it('segments partition the span, agree with the oracle minute by minute, and sum to businessTime', () => {
    fc.assert(
      fc.property(
        scenario(6).chain((s) => fc.tuple(fc.constant(s), pausesAround(s.from, s.to))),
        ([s, pauses]) => {
          const cal = compiled(s);
          fc.pre(cal !== undefined);
          const parts = segments(cal!, s.from, s.to, pauses);
          // A partition: contiguous, non-empty, from `from` to `to`; neighbours differ.
          let at = s.from;
          parts.forEach((p, i) => {
            expect(p.from).toBe(at);
            expect(p.to).toBeGreaterThan(p.from);
            const prev = parts[i - 1];
            if (prev !== undefined) expect([prev.kind, prev.label]).not.toEqual([p.kind, p.label]);
            at = p.to;
          });
          expect(at).toBe(s.to > s.from ? s.to : s.from);
          const sum = (kind: string): number => parts.filter((p) => p.kind === kind).reduce((t, p) => t + p.to - p.from, 0);
          expect(sum('counted')).toBe(businessTime(cal!, s.from, s.to, pauses));
          expect(sum('counted') + sum('paused')).toBe(businessTime(cal!, s.from, s.to));
          for (const m of oracleOf(s.def).tape(s.from, s.to)) {
            const part = parts.find((p) => p.from <= m.at && m.at < p.to)!;
            const kind = m.open ? (inPause(m.at, pauses) ? 'paused' : 'counted') : m.closedBy === undefined ? 'outside-hours' : 'holiday';
            expect(part.kind).toBe(kind);
            if (kind === 'holiday') expect(part.label).toBe(m.closedBy);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('addBusinessDays equals the brute-force Nbd rule', () => {
    fc.assert(
      // Half the starts fall in the small hours, where yesterday's overnight range may still be open.
      fc.property(
        fc.oneof(scenario(3), scenario(3, nightShifts)),
        fc.integer({ min: 0, max: 4 }),
        fc.option(fc.integer({ min: 0, max: 720 })),
        (s, n, early) => {
          const cal = compiled(s);
          fc.pre(cal !== undefined);
          const from =
            early === null ? s.from : DateTime.fromMillis(s.from, { zone: s.def.timezone }).startOf('day').toMillis() + early * MIN;
          const expected = oracleBusinessDays(oracleOf(s.def), from, n);
          fc.pre(expected !== undefined);
          expect(addBusinessDays(cal!, from, n)).toBe(expected);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('calendar engine algebra (no oracle, long spans)', () => {
  const triple = scenario(1).chain((s) =>
    fc.tuple(fc.constant(s), fc.array(fc.integer({ min: 0, max: 3 * 366 * 1440 }), { minLength: 2, maxLength: 2 })).map(([s2, [x, y]]) => {
      const [b, c] = [Math.min(x!, y!), Math.max(x!, y!)];
      return { s: s2, a: s2.from, b: s2.from + b * MIN, c: s2.from + c * MIN };
    }),
  );

  it('businessTime is additive: (a, c) = (a, b) + (b, c), over spans up to three years', () => {
    fc.assert(
      fc.property(triple, ({ s, a, b, c }) => {
        const cal = compiled(s);
        fc.pre(cal !== undefined);
        expect(businessTime(cal!, a, c)).toBe(businessTime(cal!, a, b) + businessTime(cal!, b, c));
      }),
      { numRuns: 100 },
    );
  });

  it('addBusinessTime inverts businessTime over long spans: due(a, bt(a, c)) <= c and gives back the amount', () => {
    fc.assert(
      fc.property(triple, ({ s, a, c }) => {
        const cal = compiled(s);
        fc.pre(cal !== undefined);
        const amount = businessTime(cal!, a, c);
        const due = addBusinessTime(cal!, a, amount);
        expect(due).toBeLessThanOrEqual(c);
        expect(businessTime(cal!, a, due)).toBe(amount);
      }),
      { numRuns: 100 },
    );
  });

  it('pauses only ever remove time', () => {
    fc.assert(
      fc.property(
        scenario().chain((s) => fc.tuple(fc.constant(s), pausesAround(s.from, s.to), pausesAround(s.from, s.to))),
        ([s, some, more]) => {
          const cal = compiled(s);
          fc.pre(cal !== undefined);
          const plain = businessTime(cal!, s.from, s.to);
          const paused = businessTime(cal!, s.from, s.to, some);
          expect(paused).toBeLessThanOrEqual(plain);
          expect(paused).toBeGreaterThanOrEqual(0);
          expect(businessTime(cal!, s.from, s.to, [...some, ...more])).toBeLessThanOrEqual(paused);
          expect(addBusinessTime(cal!, s.from, paused >= 0 ? 60 * MIN : 0, some)).toBeGreaterThanOrEqual(
            addBusinessTime(cal!, s.from, 60 * MIN),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

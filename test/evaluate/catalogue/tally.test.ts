import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addTicket,
  KPI_MEASURES,
  kpiFigures,
  kpiTally,
  type KpiFacts,
  type KpiFigure,
  type KpiMeasure,
} from '../../../src/evaluate/catalogue/index.js';
import { isNearestDouble } from '../nearest-double.js';
import { ZONES } from '../../calendar/arbitraries.js';
import { oracleFigures, plusCalendarDays, undatedRatings } from './oracle.js';

/**
 * Every measure's tally against the oracle (filter the ticket list per
 * period), on random tickets, ratings, as-of instants and month periods with
 * gaps; then: one tally over many periods equals one tally per period.
 */

const MIN = 60_000;
const DAY = 86_400_000;
const ZONE = 'Europe/Copenhagen';

/** The months of 2026 in Copenhagen, as [from, to). */
const MONTHS = Array.from({ length: 12 }, (_, i) => {
  const start = DateTime.fromObject({ year: 2026, month: i + 1, day: 1 }, { zone: ZONE });
  return { from: start.toMillis(), to: start.plus({ months: 1 }).toMillis() };
});

const WINDOW = { from: Date.UTC(2025, 10, 1), to: Date.UTC(2027, 0, 20) };
const minute = (from: number, to: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.ceil(from / MIN), max: Math.floor(to / MIN) }).map((m) => m * MIN);

type Case = { tickets: KpiFacts[]; asOf: number; periods: { from: number; to: number }[]; days: number };

const cases: fc.Arbitrary<Case> = fc
  .record({
    asOf: minute(Date.UTC(2025, 11, 1), Date.UTC(2027, 1, 1)),
    keep: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    days: fc.integer({ min: 0, max: 60 }),
    raw: fc.array(
      fc.record({
        created: minute(WINDOW.from, WINDOW.to),
        // Resolved within 0-90 days, or open.
        resolvedAfter: fc.option(
          fc.integer({ min: 0, max: 90 * 24 * 60 }).map((m) => m * MIN),
          { nil: undefined },
        ),
        reopened: fc.option(fc.boolean(), { nil: undefined }),
        replies: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        rating: fc.option(
          fc.record(
            { satisfied: fc.boolean(), at: fc.option(minute(WINDOW.from, WINDOW.to), { nil: undefined }) },
            { requiredKeys: ['satisfied'] },
          ),
          { nil: undefined },
        ),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ asOf, keep, days, raw }) => ({
    asOf,
    days,
    periods: MONTHS.filter((_, i) => keep[i]),
    tickets: raw.map((r, i) => {
      const resolvedAt = r.resolvedAfter === undefined ? undefined : r.created + r.resolvedAfter;
      // The facts' contract: the last resolution at or before the as-of instant.
      const lastResolution = resolvedAt !== undefined && resolvedAt <= asOf ? resolvedAt : undefined;
      const facts: KpiFacts = {
        id: `t${i + 1}`,
        created: r.created,
        lastResolution,
        reopened: r.reopened,
        replies: r.replies,
        source: { file: 'tickets.csv', line: i + 2 },
      };
      if (r.rating !== undefined)
        facts.rating = r.rating.at === undefined ? { satisfied: r.rating.satisfied } : { satisfied: r.rating.satisfied, at: r.rating.at };
      return facts;
    }),
  }));

function run(measure: KpiMeasure, c: Case, periods = c.periods): { figures: KpiFigure[]; undated: number } {
  const tally = kpiTally({ measure, days: c.days, zone: ZONE, periods, asOf: c.asOf, collect: true });
  for (const t of c.tickets) addTicket(tally, t);
  return { figures: kpiFigures(tally), undated: tally.undatedRatings };
}

describe('KPI tallies against the oracle', () => {
  for (const measure of KPI_MEASURES) {
    it(`${measure}: numerator, denominator, value, uncounted and the tickets behind each period's figure`, () => {
      fc.assert(
        fc.property(cases, (c) => {
          const { figures, undated } = run(measure, c);
          const want = oracleFigures(measure, c.tickets, c.periods, c.asOf, ZONE, c.days);
          figures.forEach((got, p) => {
            const w = want[p]!;
            expect({
              numerator: got.numerator,
              denominator: got.denominator,
              uncounted: got.uncounted,
              tickets: got.tickets,
              uncountedTickets: got.uncountedTickets,
            }).toEqual(w);
            if (w.denominator === null) expect(got.value).toBe(w.numerator);
            else if (w.denominator === 0) expect(got.value).toBeNull();
            else expect(isNearestDouble(got.value!, BigInt(w.numerator) * 100n, BigInt(w.denominator))).toBe(true);
            expect(got.goalMet).toBeNull();
          });
          expect(undated).toBe(measure === 'satisfaction' ? undatedRatings(c.tickets) : 0);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('one tally over many periods gives what one tally per period gives', () => {
    fc.assert(
      fc.property(cases, fc.constantFrom(...KPI_MEASURES), (c, measure) => {
        const together = run(measure, c).figures;
        const apart = c.periods.map((p) => run(measure, c, [p]).figures[0]);
        expect(together).toEqual(apart);
      }),
      { numRuns: 100 },
    );
  });

  it('backlog_older_than tells apart an end just before and just after created + N calendar days, in zones with odd DST', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        minute(Date.UTC(2024, 0, 1), Date.UTC(2027, 5, 1)),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -180, max: 180 }),
        (zone, created, days, delta) => {
          const asOf = plusCalendarDays(zone, created, days) + delta * MIN;
          fc.pre(asOf > created);
          const tally = kpiTally({
            measure: 'backlog_older_than',
            days,
            zone,
            periods: [{ from: asOf - 10 * DAY, to: asOf + 10 * DAY }],
            asOf,
          });
          addTicket(tally, {
            id: 'x',
            created,
            lastResolution: undefined,
            reopened: undefined,
            replies: undefined,
            source: { file: 't.csv', line: 2 },
          });
          expect(kpiFigures(tally)[0]!.numerator).toBe(delta > 0 ? 1 : 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps no ids unless asked', () => {
    const tally = kpiTally({ measure: 'reopen_rate', zone: ZONE, periods: MONTHS, asOf: MONTHS[11]!.to });
    addTicket(tally, {
      id: 'a',
      created: MONTHS[0]!.from,
      lastResolution: MONTHS[0]!.from + DAY,
      reopened: true,
      replies: 1,
      source: { file: 't.csv', line: 2 },
    });
    const [january] = kpiFigures(tally);
    expect(january).toEqual({ period: MONTHS[0], value: 100, numerator: 1, denominator: 1, goalMet: null, uncounted: 0 });
  });

  it('refuses periods out of order or overlapping, and a backlog without days', () => {
    expect(() => kpiTally({ measure: 'created_count', zone: ZONE, periods: [MONTHS[1]!, MONTHS[0]!], asOf: 0 })).toThrow(RangeError);
    expect(() =>
      kpiTally({
        measure: 'created_count',
        zone: ZONE,
        periods: [
          { from: 0, to: 10 },
          { from: 5, to: 20 },
        ],
        asOf: 0,
      }),
    ).toThrow(RangeError);
    expect(() => kpiTally({ measure: 'backlog_older_than', zone: ZONE, periods: MONTHS, asOf: 0 })).toThrow(RangeError);
  });
});

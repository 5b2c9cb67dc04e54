import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessTime, checkCalendarDef, compileCalendar, type Calendar } from '../../../src/calendar/index.js';
import {
  availabilityFigures,
  outageTimeline,
  type AvailabilityFigures,
  type OutageRecord,
} from '../../../src/evaluate/availability/index.js';
import type { Scenario } from '../../calendar/arbitraries.js';
import { isNearestDouble } from '../nearest-double.js';
import { asOfFor, partialWeight, periodScenario, recordsAround, type Weight } from './arbitraries.js';
import { oracleAvailability, type OracleRecord } from './oracle.js';

/**
 * The availability figures against the minute oracle (oracle.ts) on random
 * calendars, DST days, holidays, periods, as-of instants and outage records
 * that overlap, touch, nest (partials inside outages, maintenance over
 * outages) and run; then the algebra: periods split anywhere add up, a break
 * across the split shows in both halves, record order does not matter.
 */

const RUNS = { numRuns: 150 };

type Case = { s: Scenario; records: OracleRecord[]; asOf: number; weight: Weight };

const cases: fc.Arbitrary<Case> = periodScenario.chain((s) =>
  fc.record({ s: fc.constant(s), records: recordsAround(s.from, s.to), asOf: asOfFor(s.from, s.to), weight: partialWeight }),
);

function compiled(s: Scenario): Calendar | undefined {
  return checkCalendarDef(s.def).length === 0 ? compileCalendar(s.def) : undefined;
}

function toRecords(list: readonly OracleRecord[]): OutageRecord[] {
  return list.map((r, i) => ({ id: r.id, start: r.start, end: r.end, kind: r.kind, source: { file: 'outages.csv', line: i + 2 } }));
}

function figuresOf(cal: Calendar, c: Case, from = c.s.from, to = c.s.to): AvailabilityFigures {
  return availabilityFigures(cal, outageTimeline(toRecords(c.records), c.asOf), { from, to }, c.weight.value);
}

describe('availability figures against the minute oracle', () => {
  it('agreed time, maintenance, downtime, availability and breaks equal the oracle', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const cal = compiled(c.s);
        fc.pre(cal !== undefined);
        const got = figuresOf(cal!, c);
        const want = oracleAvailability(c.s.def, c.records, c.s.from, c.s.to, c.asOf);
        expect([got.agreedMs, got.maintenanceMs, got.outageMs, got.partialMs]).toEqual([
          want.agreedMs,
          want.maintenanceMs,
          want.outageMs,
          want.partialMs,
        ]);
        // Exact: D × den = O × den + num × P; each figure must be the double nearest its exact value.
        const { num, den } = c.weight;
        const down = (o: number, p: number): bigint => BigInt(o) * den + num * BigInt(p);
        const [D, A, n] = [down(want.outageMs, want.partialMs), BigInt(want.agreedMs) * den, BigInt(want.breaks.length)];
        expect(isNearestDouble(got.downtimeMs, D, den)).toBe(true);
        if (want.agreedMs === 0) expect(got.availabilityPercent).toBeNull();
        else expect(isNearestDouble(got.availabilityPercent!, (A - D) * 100n, A)).toBe(true);
        expect(
          got.breaks.map((b) => ({ start: b.start, end: b.end, agreedMs: b.agreedMs, ids: b.records.map((r) => r.id!).sort() })),
        ).toEqual(want.breaks.map((b) => ({ start: b.start, end: b.end, agreedMs: b.agreedMs, ids: b.ids })));
        got.breaks.forEach((b, i) =>
          expect(isNearestDouble(b.downtimeMs, down(want.breaks[i]!.outageMs, want.breaks[i]!.partialMs), den)).toBe(true),
        );
        if (n === 0n) expect([got.mtrsMs, got.mtbfMs]).toEqual([null, null]);
        else {
          expect(isNearestDouble(got.mtrsMs!, D, den * n)).toBe(true);
          expect(isNearestDouble(got.mtbfMs!, A - D, den * n)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a period split anywhere adds up, and a break across the split counts in both halves with each half’s time', () => {
    fc.assert(
      fc.property(
        cases.chain((c) => fc.tuple(fc.constant(c), fc.integer({ min: c.s.from, max: c.s.to }))),
        ([c, mid]) => {
          const cal = compiled(c.s);
          fc.pre(cal !== undefined);
          const [whole, left, right] = [figuresOf(cal!, c), figuresOf(cal!, c, c.s.from, mid), figuresOf(cal!, c, mid, c.s.to)];
          for (const key of ['agreedMs', 'maintenanceMs', 'outageMs', 'partialMs'] as const)
            expect(left[key] + right[key]).toBe(whole[key]);
          // A break of the whole period is in one half or both (a half holding under a second of it leaves it out), its agreed time shared between them.
          const key = (b: { start: number }): number => b.start;
          const halves = new Map<number, number>();
          for (const b of [...left.breaks, ...right.breaks]) halves.set(key(b), (halves.get(key(b)) ?? 0) + b.agreedMs);
          for (const b of whole.breaks) expect(halves.get(key(b)) ?? 0).toBeGreaterThanOrEqual(b.agreedMs - 2 * 999);
          for (const b of whole.breaks) if (halves.has(key(b))) expect(halves.get(key(b))).toBeLessThanOrEqual(b.agreedMs);
        },
      ),
      RUNS,
    );
  });

  it('invariants: A + M is the business time, D <= A, break downtime within D, MTRS + MTBF = A / breaks, order of records irrelevant', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const cal = compiled(c.s);
        fc.pre(cal !== undefined);
        const got = figuresOf(cal!, c);
        const end = Math.min(c.s.to, c.asOf);
        expect(got.agreedMs + got.maintenanceMs).toBe(businessTime(cal!, c.s.from, end));
        expect(got.downtimeMs).toBeLessThanOrEqual(got.agreedMs);
        expect(got.breaks.reduce((t, b) => t + b.downtimeMs, 0)).toBeLessThanOrEqual(got.downtimeMs + 1e-6);
        if (got.breaks.length > 0) expect(got.mtrsMs! + got.mtbfMs!).toBeCloseTo(got.agreedMs / got.breaks.length, 6);
        const reversed = availabilityFigures(cal!, outageTimeline(toRecords(c.records).reverse(), c.asOf), c.s, c.weight.value);
        expect({ ...reversed, breaks: reversed.breaks.map((b) => [b.start, b.end, b.downtimeMs]) }).toEqual({
          ...got,
          breaks: got.breaks.map((b) => [b.start, b.end, b.downtimeMs]),
        });
      }),
      RUNS,
    );
  });
});

describe('the arbitraries reach the edges the properties are about', () => {
  it('a fixed sample holds overlapping and touching records, partials in outages, maintenance over outages, running breaks, breaks across the edges, DST days', () => {
    const sample = fc.sample(cases, { numRuns: 300, seed: 20260616 });
    const seen = new Map<string, number>();
    const see = (what: string, yes: boolean): void => void seen.set(what, (seen.get(what) ?? 0) + (yes ? 1 : 0));
    const overlaps = (a: OracleRecord, b: OracleRecord, asOf: number): boolean =>
      a.start < Math.min(b.end ?? asOf, asOf) && b.start < Math.min(a.end ?? asOf, asOf);
    for (const c of sample) {
      const cal = compiled(c.s);
      if (cal === undefined) continue;
      const got = figuresOf(cal, c);
      const rs = c.records;
      see('break', got.breaks.length > 0);
      see(
        'break of several records',
        got.breaks.some((b) => b.records.length > 1),
      );
      see(
        'touching records',
        rs.some((a) => rs.some((b) => a !== b && a.end === b.start && a.kind !== 'maintenance' && b.kind !== 'maintenance')),
      );
      see(
        'partial inside outage',
        rs.some((a) => a.kind === 'partial' && rs.some((b) => b.kind === 'outage' && overlaps(a, b, c.asOf))),
      );
      see(
        'maintenance over outage',
        rs.some((a) => a.kind === 'maintenance' && rs.some((b) => b.kind === 'outage' && overlaps(a, b, c.asOf))),
      );
      see('partial downtime', got.partialMs > 0);
      see('maintenance', got.maintenanceMs > 0);
      see(
        'running break',
        got.breaks.some((b) => b.end === null),
      );
      see(
        'break across an edge',
        got.breaks.some((b) => b.start < c.s.from || (b.end ?? c.asOf) > c.s.to),
      );
      see('as-of inside the period', c.asOf < c.s.to);
      see('no agreed time', got.availabilityPercent === null);
      see('DST change inside', offsetChanges(c.s.def.timezone, c.s.from, c.s.to));
    }
    for (const [what, count] of seen) expect([what, count >= 10]).toEqual([what, true]);
  });
});

/** Does the zone's UTC offset differ between the period's ends? (Intl, not src/.) */
function offsetChanges(zone: string, from: number, to: number): boolean {
  const format = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' });
  const name = (at: number): string | undefined => format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  return name(from) !== name(to);
}

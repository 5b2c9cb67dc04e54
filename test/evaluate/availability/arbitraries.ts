import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { CalendarDef } from '../../../src/calendar/types.js';
import { scenario, type Scenario } from '../../calendar/arbitraries.js';
import type { OracleRecord } from './oracle.js';

/**
 * Arbitraries for the availability properties: a calendar and a period
 * (random calendars from the engine's own arbitraries, 24x7 and office
 * hours, periods that hold a DST change in Copenhagen or an odd zone), and
 * outage records around the period, minute-aligned, drawn from a small pool
 * of cut points so that they overlap, touch and nest often.
 */

const MIN = 60_000;

export const OFFICE = { 'mon-fri': ['08:00-16:00'] } as const;

/** The day a zone changes its clocks, from local midnight, with 0-2 days either side. */
function dstDay(zone: string, isoDay: string): fc.Arbitrary<Scenario> {
  const day = DateTime.fromISO(isoDay, { zone }).toMillis();
  return fc
    .record({
      hours: fc.constantFrom<CalendarDef['hours']>(
        '24x7',
        OFFICE,
        { 'mon-sun': ['00:00-24:00'] },
        { 'mon-sun': ['01:30-03:30'] },
        { 'mon-sun': ['22:00-06:00'] },
      ),
      before: fc.integer({ min: 0, max: 2 * 1440 }),
      after: fc.integer({ min: 1, max: 3 * 1440 }),
      holidays: fc.boolean(),
    })
    .map(({ hours, before, after, holidays }) => {
      const def: CalendarDef = {
        timezone: zone,
        hours,
        ...(holidays ? { holidays: { country: zone === 'Europe/Copenhagen' ? 'DK' : 'AU' } } : {}),
      };
      return { def, from: day - before * MIN, to: day + after * MIN };
    });
}

/** Copenhagen's spring and autumn changes in 2026, and Lord Howe's half-hour ones. */
export const dstScenario: fc.Arbitrary<Scenario> = fc.oneof(
  dstDay('Europe/Copenhagen', '2026-03-29'),
  dstDay('Europe/Copenhagen', '2026-10-25'),
  dstDay('Australia/Lord_Howe', '2026-04-05'),
  dstDay('Australia/Lord_Howe', '2026-10-04'),
);

/** Random calendars and periods of up to 8 days; a third on 24x7 or office hours. */
export const periodScenario: fc.Arbitrary<Scenario> = fc.oneof(
  { weight: 3, arbitrary: scenario(8) },
  { weight: 2, arbitrary: scenario(8, fc.constantFrom<CalendarDef['hours']>('24x7', OFFICE)) },
  { weight: 2, arbitrary: dstScenario },
);

/** A partial weight as the number the core takes and as the exact fraction it stands for. */
export type Weight = { value: number; num: bigint; den: bigint };
export const partialWeight: fc.Arbitrary<Weight> = fc.constantFrom(
  { value: 0, num: 0n, den: 1n },
  { value: 0.3, num: 3n, den: 10n },
  { value: 0.25, num: 1n, den: 4n },
  { value: 0.7, num: 7n, den: 10n },
  { value: 0.125, num: 1n, den: 8n },
  { value: 1, num: 1n, den: 1n },
);

/** 0-10 records with starts and ends from a pool of cut points within a day of the period; some running, some empty. */
export function recordsAround(from: number, to: number): fc.Arbitrary<OracleRecord[]> {
  const minutes = Math.max(1, (to - from) / MIN);
  const point = fc.integer({ min: -1440, max: minutes + 1440 }).map((m) => from + m * MIN);
  return fc.array(point, { minLength: 2, maxLength: 6 }).chain((pool) => {
    const cut = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: point });
    const record = fc.record({
      a: cut,
      b: cut,
      running: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
      kind: fc.constantFrom<OracleRecord['kind']>('outage', 'outage', 'outage', 'partial', 'partial', 'maintenance', 'maintenance'),
    });
    return fc
      .array(record, { maxLength: 10 })
      .map((list) =>
        list.map(({ a, b, running, kind }, i) => ({ id: `r${i}`, start: Math.min(a, b), end: running ? undefined : Math.max(a, b), kind })),
      );
  });
}

/** The as-of: after the period, or anywhere in it (then the period is judged up to it). */
export function asOfFor(from: number, to: number): fc.Arbitrary<number> {
  const minutes = Math.max(1, (to - from) / MIN);
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(to + 3 * 1440 * MIN) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: minutes }).map((m) => from + m * MIN) },
  );
}

import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../../../src/calendar/index.js';
import { availabilityFigures, outageTimeline, type OutageKind, type OutageRecord } from '../../../src/evaluate/availability/index.js';
import { cph, officeDef } from '../../builders.js';

/**
 * Hand-worked figures at second and millisecond precision, where the
 * minute oracle cannot look: SPEC 12.3's "exact to the millisecond", what
 * "touch" means, the one-second floor of a break, exact partial weights.
 */

const always = compileCalendar({ timezone: 'UTC', hours: '24x7' });
const MARCH = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 3, 1) };
const at = (iso: string): number => Date.parse(`2026-03-10T${iso}Z`);

let line = 1;
function rec(id: string, kind: OutageKind, start: number, end: number | undefined): OutageRecord {
  return { id, kind, start, end, source: { file: 'alerts.ndjson', line: ++line } };
}

describe('millisecond precision', () => {
  const records = [
    // 999 ms: downtime, but under a second of agreed time, so no break.
    rec('A', 'outage', at('10:00:00.000'), at('10:00:00.999')),
    // 1000 ms exactly: a break.
    rec('B', 'outage', at('11:00:00.000'), at('11:00:01.000')),
    // C ends at the very millisecond D starts: they touch, one break of 60 s.
    rec('C', 'outage', at('12:00:00.000'), at('12:00:30.000')),
    rec('D', 'outage', at('12:00:30.000'), at('12:01:00.000')),
    // One millisecond apart: two breaks (30 000 and 29 999 ms).
    rec('E', 'outage', at('13:00:00.000'), at('13:00:30.000')),
    rec('F', 'outage', at('13:00:30.001'), at('13:01:00.000')),
  ];
  const f = availabilityFigures(always, outageTimeline(records, MARCH.to), MARCH, 1);

  it('counts every millisecond once and needs a second of agreed time for a break', () => {
    // A = 31 days = 2 678 400 000 ms.
    expect(f.agreedMs).toBe(2_678_400_000);
    // D = 999 + 1000 + 60 000 + 30 000 + 29 999 = 121 998 ms.
    expect(f.downtimeMs).toBe(121_998);
    expect(f.breaks.map((b) => [b.records.map((r) => r.id).join('+'), b.downtimeMs])).toEqual([
      ['B', 1000],
      ['C+D', 60_000],
      ['E', 30_000],
      ['F', 29_999],
    ]);
    // MTRS = D / 4 breaks (the 999 ms blip is in D but is no break) = 30 499.5 ms.
    expect(f.mtrsMs).toBe(30_499.5);
    // (2 678 400 000 - 121 998) × 100 / 2 678 400 000 = 99.99544518369176…
    expect(f.availabilityPercent).toBe(((2_678_400_000 - 121_998) * 100) / 2_678_400_000);
  });

  it('a break needs a second inside the agreed time, not a second of clock time', () => {
    const office = compileCalendar(officeDef());
    // Mon 2 March 2026 15:59:59.500 to 16:30: only 500 ms lie in office hours: downtime, no break.
    const blip = rec('G', 'outage', cph('2026-03-02 15:59') + 59_500, cph('2026-03-02 16:30'));
    const g = availabilityFigures(office, outageTimeline([blip], MARCH.to), MARCH, 1);
    expect(g.downtimeMs).toBe(500);
    expect(g.breaks).toEqual([]);
    expect([g.mtrsMs, g.mtbfMs]).toEqual([null, null]);
  });
});

describe('exact partial weights', () => {
  it('0.7 × 90 ms is 63 ms, not 62.99999999999999', () => {
    const p = rec('P', 'partial', at('09:00:00.000'), at('09:00:00.090'));
    const f = availabilityFigures(always, outageTimeline([p], MARCH.to), MARCH, 0.7);
    expect(f.partialMs).toBe(90);
    expect(f.downtimeMs).toBe(63);
  });

  it('an availability of exactly 99.5 % is the double 99.5, so it meets a goal written 99.5%', () => {
    // A 1000-minute day on 24x7: an outage of 3.5 min and a partial of 5 min at 30 % make D = 3.5 + 1.5 = 5 min, 0.5 % of A.
    const period = { from: at('00:00:00.000'), to: at('00:00:00.000') + 1000 * 60_000 };
    const records = [
      rec('O', 'outage', at('01:00:00.000'), at('01:03:30.000')),
      rec('P', 'partial', at('02:00:00.000'), at('02:05:00.000')),
    ];
    const f = availabilityFigures(always, outageTimeline(records, period.to), period, 0.3);
    expect(f.downtimeMs).toBe(300_000);
    expect(f.availabilityPercent).toBe(99.5);
  });

  it('refuses a weight outside 0-1 (the SLA file is checked before; this is a bug guard)', () => {
    expect(() => availabilityFigures(always, outageTimeline([], MARCH.to), MARCH, 1.5)).toThrow(RangeError);
    expect(() => availabilityFigures(always, outageTimeline([], MARCH.to), MARCH, Number.NaN)).toThrow(RangeError);
  });
});

describe('as-of and running records', () => {
  it('a record that ends after the as-of is still running at it; nothing after the as-of counts', () => {
    const asOf = at('12:00:00.000');
    const f = availabilityFigures(always, outageTimeline([rec('L', 'outage', at('11:00:00.000'), at('14:00:00.000'))], asOf), MARCH, 1);
    // [11:00, 12:00) only; A runs from 1 March to the as-of: 9 days 12 h = 228 h.
    expect(f.downtimeMs).toBe(3_600_000);
    expect(f.agreedMs).toBe(228 * 3_600_000);
    expect(f.breaks.map((b) => [b.start, b.end])).toEqual([[at('11:00:00.000'), null]]);
  });
});

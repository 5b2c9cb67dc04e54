import { describe, expect, it } from 'vitest';
import { periodFromFlags } from '../../src/cli/period-options.js';
import type { Clock } from '../../src/evaluate/clocks.js';
import { relativePeriod } from '../../src/evaluate/periods.js';
import { judgeAt } from '../../src/evaluate/records.js';
import { cph, ZONE } from '../builders.js';

const AS_OF = cph('2026-11-02 08:00');
const iso = (at: number) => new Date(at).toISOString();

describe('periods on the command line, in the SLA zone', () => {
  it('makes --month the local month, whatever the DST offset at either end', () => {
    // October 2026 starts in CEST (+02:00) and ends in CET (+01:00): 31 days and one hour.
    const p = periodFromFlags({ month: '2026-10' }, ZONE, AS_OF)!;
    expect([iso(p.from), iso(p.to), p.label]).toEqual(['2026-09-30T22:00:00.000Z', '2026-10-31T23:00:00.000Z', '2026-10']);
    expect(p.to - p.from).toBe((31 * 24 + 1) * 3_600_000);
  });

  it('makes --quarter three months, crossing the year for Q4', () => {
    const p = periodFromFlags({ quarter: '2026-Q4' }, ZONE, AS_OF)!;
    expect([iso(p.from), iso(p.to), p.label]).toEqual(['2026-09-30T22:00:00.000Z', '2026-12-31T23:00:00.000Z', '2026-Q4']);
  });

  it('reads --to as a date inclusively and as an instant exclusively', () => {
    const byDate = periodFromFlags({ from: '2026-10-01', to: '2026-10-31' }, ZONE, AS_OF)!;
    expect(byDate.to).toBe(cph('2026-11-01 00:00'));
    const byInstant = periodFromFlags({ from: '2026-10-01', to: '2026-10-31T12:00' }, ZONE, AS_OF)!;
    expect(byInstant.to).toBe(cph('2026-10-31 12:00'));
    expect(byInstant.label).toBe('2026-10-01..2026-10-31T12:00');
  });

  it('places last-month, this-month, last-quarter and this-quarter around the as-of date', () => {
    const labels = (['last-month', 'this-month', 'last-quarter', 'this-quarter'] as const).map(
      (n) => relativePeriod(n, ZONE, cph('2027-01-05 12:00')).label,
    );
    expect(labels).toEqual(['2026-12', '2027-01', '2026-Q4', '2027-Q1']);
  });

  it('reads the as-of date in the SLA zone: just after midnight on 1 November is still "this month" November', () => {
    expect(relativePeriod('this-month', ZONE, cph('2026-11-01 00:30')).label).toBe('2026-11');
  });

  it('gives no period without flags', () => {
    expect(periodFromFlags({}, ZONE, AS_OF)).toBeUndefined();
  });

  it.each([
    [{ month: '2026-13' }, '--month: "2026-13" is not a month'],
    [{ quarter: '2026-Q5' }, '--quarter: "2026-Q5" is not a quarter'],
    [{ month: '2026-10', quarter: '2026-Q4' }, 'give one period, not --month and --quarter'],
    [{ to: '2026-10-31' }, '--to needs --from'],
    [{ from: '2026-10-31' }, '--from needs --to'],
    [{ from: '2026-10-31', to: '2026-10-01' }, '--to 2026-10-01 is not after --from 2026-10-31'],
    [{ period: 'next-month' }, '--period: "next-month" is not a period'],
  ])('refuses %j', (flags, message) => {
    expect(() => periodFromFlags(flags, ZONE, AS_OF)).toThrow(expect.objectContaining({ name: 'UsageError', message }));
  });
});

describe('which records belong to a period (SPEC 6)', () => {
  const october = periodFromFlags({ month: '2026-10' }, ZONE, AS_OF)!;
  const november = periodFromFlags({ month: '2026-11' }, ZONE, AS_OF)!;
  const clock = (start: string, stop?: string): Clock => ({
    start: cph(start),
    stop: stop === undefined ? undefined : cph(stop),
    pauses: [],
  });

  it('takes a record that stopped inside it, judged at its stop', () => {
    expect(judgeAt(clock('2026-09-28 10:00', '2026-10-02 10:00'), AS_OF, october)).toEqual({ at: cph('2026-10-02 10:00'), stopped: true });
  });

  it('leaves out a record that stopped before it or started after it', () => {
    expect(judgeAt(clock('2026-09-28 10:00', '2026-09-30 10:00'), AS_OF, october)).toBeUndefined();
    expect(judgeAt(clock('2026-11-01 00:00'), AS_OF, october)).toBeUndefined();
  });

  it('judges a record running across two months as of the end of the first, and as stopped in the second', () => {
    const across = clock('2026-10-30 14:00', '2026-11-04 10:00');
    expect(judgeAt(across, AS_OF + 7 * 86_400_000, october)).toEqual({ at: cph('2026-11-01 00:00'), stopped: false });
    expect(judgeAt(across, AS_OF + 7 * 86_400_000, november)).toEqual({ at: cph('2026-11-04 10:00'), stopped: true });
  });

  it('counts a record that stops exactly at the boundary as running in the first month and stopped in the next', () => {
    const boundary = clock('2026-10-31 21:00', '2026-11-01 00:00');
    expect(judgeAt(boundary, AS_OF, october)).toEqual({ at: cph('2026-11-01 00:00'), stopped: false });
    expect(judgeAt(boundary, AS_OF, november)).toEqual({ at: cph('2026-11-01 00:00'), stopped: true });
  });

  it('judges a running record as of the as-of instant when that comes before the period ends', () => {
    expect(judgeAt(clock('2026-11-01 10:00'), AS_OF, november)).toEqual({ at: AS_OF, stopped: false });
  });

  it('without a period, judges every record: at its stop, or at the as-of instant', () => {
    expect(judgeAt(clock('2026-10-01 10:00', '2026-10-02 10:00'), AS_OF, undefined)).toEqual({
      at: cph('2026-10-02 10:00'),
      stopped: true,
    });
    expect(judgeAt(clock('2026-10-01 10:00'), AS_OF, undefined)).toEqual({ at: AS_OF, stopped: false });
  });

  it('does not judge a clock that starts after the as-of instant', () => {
    expect(judgeAt(clock('2026-11-03 10:00'), AS_OF, undefined)).toBeUndefined();
  });
});

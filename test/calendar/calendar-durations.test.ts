import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarMonths } from '../../src/calendar/index.js';
import { ZONES } from './arbitraries.js';

/**
 * SPEC 13.2's calendar units against luxon used directly (no src/ code): the
 * target wall time is luxon's own month and day arithmetic on the local
 * fields (luxon clamps the 31st to a month's last day), and SPEC 3 resolves
 * it to the first instant whose wall clock has reached it (a gap gives the
 * transition, an overlap the earlier instant), found by a minute walk.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;

const at = (iso: string): number => DateTime.fromISO(iso, { setZone: true }).toMillis();
const cph = (ms: number): string => DateTime.fromMillis(ms, { zone: 'Europe/Copenhagen' }).toISO({ suppressMilliseconds: true })!;

/** The wall clock of `t` in `zone` as a naive epoch number. */
function wall(zone: string, t: number): number {
  const d = DateTime.fromMillis(t, { zone });
  return t + d.offset * MIN;
}

/** SPEC 3 by brute force: the first minute whose wall clock has reached `target` (naive ms). Offsets stay within ±15 h. */
function firstReaching(zone: string, target: number): number {
  for (let t = target - 15 * HOUR; ; t += MIN) if (wall(zone, t) >= target) return t;
}

function oracle(zone: string, start: number, unit: 'months' | 'days', n: number): number {
  if (n === 0) return start;
  const local = DateTime.fromMillis(start, { zone });
  const naive = DateTime.fromObject(
    { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute },
    { zone: 'utc' },
  ).plus({ [unit]: n });
  return firstReaching(zone, naive.toMillis());
}

describe('addCalendarMonths: hand-worked', () => {
  const z = 'Europe/Copenhagen';
  it('lands on the same day and clock time of the next month', () => {
    // 15 Jan 10:00 CET -> 15 Feb 10:00 CET: 31 days of 24 h.
    expect(cph(addCalendarMonths(z, at('2026-01-15T10:00:00+01:00'), 1))).toBe('2026-02-15T10:00:00+01:00');
  });
  it('turns the 31st into the last day of a shorter month, 28 or 29 February', () => {
    expect(cph(addCalendarMonths(z, at('2026-01-31T10:00:00+01:00'), 1))).toBe('2026-02-28T10:00:00+01:00');
    // 2028 is a leap year.
    expect(cph(addCalendarMonths(z, at('2028-01-31T10:00:00+01:00'), 1))).toBe('2028-02-29T10:00:00+01:00');
    expect(cph(addCalendarMonths(z, at('2026-01-30T10:00:00+01:00'), 1))).toBe('2026-02-28T10:00:00+01:00');
    expect(cph(addCalendarMonths(z, at('2026-05-31T10:00:00+02:00'), 1))).toBe('2026-06-30T10:00:00+02:00');
  });
  it('counts N months from the start, not month by month', () => {
    // Jan 31 + 2 months is Mar 31; chaining through Feb 28 would give Mar 28.
    expect(cph(addCalendarMonths(z, at('2026-01-31T10:00:00+01:00'), 2))).toBe('2026-03-31T10:00:00+02:00');
    // Feb 29 + 12 months: 2029 has no Feb 29.
    expect(cph(addCalendarMonths(z, at('2028-02-29T09:00:00+01:00'), 12))).toBe('2029-02-28T09:00:00+01:00');
    expect(cph(addCalendarMonths(z, at('2026-12-15T09:00:00+01:00'), 1))).toBe('2027-01-15T09:00:00+01:00');
  });
  it('keeps the wall clock across a DST change: one real hour less', () => {
    // 15 Mar 10:00 CET -> 15 Apr 10:00 CEST: 31 × 24 h - 1 h.
    const start = at('2026-03-15T10:00:00+01:00');
    const due = addCalendarMonths(z, start, 1);
    expect(cph(due)).toBe('2026-04-15T10:00:00+02:00');
    expect(due - start).toBe((31 * 24 - 1) * HOUR);
  });
  it('moves 02:30 on the spring-forward day to the end of the gap, 03:00 CEST', () => {
    // Copenhagen springs forward on 28 Mar 2027 at 02:00 CET -> 03:00 CEST; 02:30 does not exist that day.
    expect(cph(addCalendarMonths(z, at('2027-02-28T02:30:00+01:00'), 1))).toBe('2027-03-28T03:00:00+02:00');
    // 31 Jan 2024 + 2 months = 31 Mar 2024, that year's spring-forward day.
    expect(cph(addCalendarMonths(z, at('2024-01-31T02:30:00+01:00'), 2))).toBe('2024-03-31T03:00:00+02:00');
  });
  it('takes the earlier 02:30 on the fall-back day', () => {
    // 25 Oct 2026: 03:00 CEST -> 02:00 CET, so 02:30 happens at 00:30Z and again at 01:30Z; SPEC 3 takes 00:30Z.
    expect(addCalendarMonths(z, at('2026-09-25T02:30:00+02:00'), 1)).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });
  it('returns the start itself for 0 months, even in the second pass of a fall-back hour', () => {
    const second = Date.UTC(2026, 9, 25, 1, 30); // 02:30 CET, the later of the two
    expect(addCalendarMonths(z, second, 0)).toBe(second);
  });
});

describe('addCalendarDays: hand-worked', () => {
  const z = 'Europe/Copenhagen';
  it('is 23 real hours across the spring-forward night and 25 across the fall-back night', () => {
    const spring = at('2026-03-28T12:00:00+01:00');
    expect(cph(addCalendarDays(z, spring, 1))).toBe('2026-03-29T12:00:00+02:00');
    expect(addCalendarDays(z, spring, 1) - spring).toBe(23 * HOUR);
    const autumn = at('2026-10-24T12:00:00+02:00');
    expect(addCalendarDays(z, autumn, 1) - autumn).toBe(25 * HOUR);
  });
  it('moves a day count landing in the gap to 03:00 CEST', () => {
    // 28 Mar 02:30 CET (01:30Z) + 1 day = 29 Mar 02:30, in the gap -> 03:00 CEST (01:00Z): 23.5 real hours.
    const start = at('2026-03-28T02:30:00+01:00');
    expect(addCalendarDays(z, start, 1)).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(addCalendarDays(z, start, 1) - start).toBe(23.5 * HOUR);
  });
  it('counts 30 days across month ends and a DST change', () => {
    // 15 Mar 10:00 CET + 30 days = 14 Apr 10:00 CEST: 720 h - 1 h.
    const start = at('2026-03-15T10:00:00+01:00');
    expect(cph(addCalendarDays(z, start, 30))).toBe('2026-04-14T10:00:00+02:00');
    expect(addCalendarDays(z, start, 30) - start).toBe(719 * HOUR);
    expect(cph(addCalendarDays(z, at('2028-02-28T08:00:00+01:00'), 1))).toBe('2028-02-29T08:00:00+01:00');
    expect(cph(addCalendarDays(z, at('2026-12-31T23:59:00+01:00'), 1))).toBe('2027-01-01T23:59:00+01:00');
  });
  it('keeps milliseconds', () => {
    expect(addCalendarDays('UTC', Date.UTC(2026, 0, 1, 0, 0, 0, 123), 2)).toBe(Date.UTC(2026, 0, 3, 0, 0, 0, 123));
  });
  it('refuses a negative or fractional count', () => {
    expect(() => addCalendarDays(z, 0, -1)).toThrow(RangeError);
    expect(() => addCalendarMonths(z, 0, 1.5)).toThrow(RangeError);
  });
});

describe('calendar units against luxon and a minute walk', () => {
  const WINDOW = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2027, 11, 31) };
  const minute = fc.integer({ min: WINDOW.from / MIN, max: WINDOW.to / MIN }).map((m) => m * MIN);
  const zone = fc.constantFrom(...ZONES);
  // Half the starts near a day's first hours, where DST changes happen.
  const start = fc.oneof(
    minute,
    minute.map((t) => t - (t % (24 * HOUR)) + 30 * MIN),
  );

  it('addCalendarMonths equals the oracle', () => {
    fc.assert(
      fc.property(zone, start, fc.integer({ min: 0, max: 14 }), (z, s, n) => {
        expect(addCalendarMonths(z, s, n)).toBe(oracle(z, s, 'months', n));
      }),
      { numRuns: 300 },
    );
  });
  it('addCalendarDays equals the oracle', () => {
    fc.assert(
      fc.property(zone, start, fc.integer({ min: 0, max: 400 }), (z, s, n) => {
        expect(addCalendarDays(z, s, n)).toBe(oracle(z, s, 'days', n));
      }),
      { numRuns: 300 },
    );
  });
  it('N days are N × 24 h give or take the DST changes between', () => {
    fc.assert(
      fc.property(zone, start, fc.integer({ min: 1, max: 400 }), (z, s, n) => {
        const due = addCalendarDays(z, s, n);
        expect(Math.abs(due - s - n * 24 * HOUR)).toBeLessThanOrEqual(2 * HOUR);
      }),
      { numRuns: 200 },
    );
  });
});

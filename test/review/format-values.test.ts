import { describe, expect, it } from 'vitest';
import {
  formatAttainment,
  formatDuration,
  formatGoal,
  formatLongDate,
  formatNumber,
  formatPeriodName,
  formatPoints,
  formatTarget,
} from '../../src/review/format-values.js';

/** Figures for people, built by hand: the same on every machine, whatever its locale. */
const NBSP = '\u00a0';

describe('numbers in Danish and English', () => {
  it('groups thousands and writes the decimal comma in Danish', () => {
    expect([
      formatNumber(1234567.891, 'da', 2),
      formatNumber(1234567.891, 'en', 2),
      formatNumber(999, 'da'),
      formatNumber(-1500, 'en'),
    ]).toEqual(['1.234.567,89', '1,234,567.89', '999', '\u22121,500']);
  });

  it('never writes -0', () => {
    expect(formatNumber(-0.04, 'en', 1)).toBe('0.0');
  });

  it('rounds an attainment half up to one decimal, but never up to a goal it missed', () => {
    expect(formatAttainment(200 / 3, 'da')).toBe(`66,7${NBSP}%`);
    expect(formatAttainment(56.25, 'en')).toBe('56.3%');
    // 94.96 would round to 95.0: under a 95 % goal it is written 94.9.
    expect(formatAttainment(94.96, 'en', 95)).toBe('94.9%');
    expect(formatAttainment(95.04, 'en', 95)).toBe('95.0%');
    expect(formatAttainment(null, 'da')).toBe('–');
  });

  it('writes goals as given and changes with a sign', () => {
    expect([
      formatGoal(95, 'da'),
      formatGoal(99.5, 'en'),
      formatPoints(4.25, 'da'),
      formatPoints(-16.666, 'en'),
      formatPoints(0.04, 'en'),
    ]).toEqual([`95${NBSP}%`, '99.5%', `+4,3${NBSP}%-point`, `\u221216.7${NBSP}pp`, `±0.0${NBSP}pp`]);
  });

  it('writes durations in hours and minutes, targets as written in words', () => {
    expect([formatDuration(45, 'da'), formatDuration(90, 'da'), formatDuration(120, 'en'), formatDuration(5578.4, 'en')]).toEqual([
      `45${NBSP}min`,
      `1${NBSP}t 30${NBSP}min`,
      `2${NBSP}h`,
      `92${NBSP}h 58${NBSP}min`,
    ]);
    expect([formatTarget('1h30m', 'en'), formatTarget('3bd', 'da'), formatTarget('1bd', 'en')]).toEqual([
      `1${NBSP}h 30${NBSP}min`,
      `3${NBSP}arbejdsdage`,
      `1${NBSP}business day`,
    ]);
  });

  it('names dates and periods', () => {
    expect([formatLongDate('2027-01-08', 'da'), formatLongDate('2027-01-08T12:00:00+01:00', 'en')]).toEqual([
      '8. januar 2027',
      '8 January 2027',
    ]);
    expect([
      formatPeriodName('2026-12', 'da'),
      formatPeriodName('2026-Q4', 'da'),
      formatPeriodName('2026-Q4', 'en'),
      formatPeriodName('2026-10-01..2026-10-15', 'en'),
    ]).toEqual(['december 2026', '4. kvartal 2026', 'Q4 2026', '2026-10-01 – 2026-10-15']);
  });
});

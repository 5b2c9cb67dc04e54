import { describe, expect, it } from 'vitest';
import { creditOfMonths, monthCredit, tierCredit, type CreditTier } from '../../src/evaluate/credits.js';

/** Service credits (SPEC 12.4), hand-worked. */

// SPEC 12.1's Microsoft 365 tiers.
const TIERS: CreditTier[] = [
  { below: 99.5, credit: 5 },
  { below: 99, credit: 10 },
];

describe('tierCredit: the largest credit whose `below` is above the figure', () => {
  it('gives the SPEC examples: 99.2 % earns 5 %, 98 % earns 10 %', () => {
    expect(tierCredit(99.2, TIERS)).toBe(5);
    expect(tierCredit(98, TIERS)).toBe(10);
  });

  it('gives 0 when no tier applies; `below` is strict, so exactly 99.5 earns nothing', () => {
    expect(tierCredit(99.7, TIERS)).toBe(0);
    expect(tierCredit(99.5, TIERS)).toBe(0);
    expect(tierCredit(99, TIERS)).toBe(5);
    expect(tierCredit(100, TIERS)).toBe(0);
  });

  it('takes tiers in any order', () => {
    const unsorted = [TIERS[1]!, TIERS[0]!];
    expect([tierCredit(99.2, unsorted), tierCredit(98, unsorted), tierCredit(99.9, unsorted)]).toEqual([5, 10, 0]);
  });

  it('takes the largest credit, not the nearest tier, when tiers are out of order (validate warns about those)', () => {
    // 98 % is below both; the 99.5 tier has the larger credit.
    expect(
      tierCredit(98, [
        { below: 99.5, credit: 10 },
        { below: 99, credit: 5 },
      ]),
    ).toBe(10);
  });

  it('null without tiers or without a figure', () => {
    expect(tierCredit(98, undefined)).toBeNull();
    expect(tierCredit(98, [])).toBeNull();
    expect(tierCredit(null, TIERS)).toBeNull();
  });
});

describe('monthCredit: the sum over services and policy metrics, capped', () => {
  it('adds percents exactly: 5 + 10 + 2.5 = 17.5, 0.1 + 0.2 = 0.3, 2.2 + 1.1 = 3.3', () => {
    expect(monthCredit([5, 10, 2.5], {}).percent).toBe(17.5);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(monthCredit([0.1, 0.2], {}).percent).toBe(0.3);
    expect(2.2 + 1.1).not.toBe(3.3);
    expect(monthCredit([2.2, 1.1], {}).percent).toBe(3.3);
  });

  it('holds percents to six decimals, a half away from zero beyond', () => {
    expect(monthCredit([0.0000005, 0.1234564], {}).percent).toBe(0.123457);
  });

  it('a null credit (no tiers, no figure) adds nothing; none at all is 0', () => {
    expect(monthCredit([null, 5, null], {})).toEqual({ percent: 5, uncappedPercent: 5, amount: null });
    expect(monthCredit([], { monthlyFee: 42000 })).toEqual({ percent: 0, uncappedPercent: 0, amount: 0 });
  });

  it('caps the sum and keeps the uncapped percent', () => {
    // 5 + 10 + 15 = 30, cap 25: 25 % of 42 000 = 10 500.
    expect(monthCredit([5, 10, 15], { cap: 25, monthlyFee: 42000 })).toEqual({ percent: 25, uncappedPercent: 30, amount: 10500 });
    expect(monthCredit([5, 10], { cap: 25, monthlyFee: 42000 })).toEqual({ percent: 15, uncappedPercent: 15, amount: 6300 });
  });

  it('rounds the amount to two decimals, a half cent away from zero', () => {
    // 2.5 % of 1234.57 = 30.86425 -> 30.86.
    expect(monthCredit([2.5], { monthlyFee: 1234.57 }).amount).toBe(30.86);
    // 0.5 % of 1.00 = 0.005 -> 0.01 (half-even would give 0.00).
    expect(monthCredit([0.5], { monthlyFee: 1 }).amount).toBe(0.01);
    // 0.5 % of 29 = 0.145 -> 0.15; in binary floats 0.005 × 29 × 100 is 14.499999999999998, which would round to 0.14.
    expect(Math.round((0.5 / 100) * 29 * 100) / 100).toBe(0.14);
    expect(monthCredit([0.5], { monthlyFee: 29 }).amount).toBe(0.15);
    // 2.5 % of 4.10 = 0.1025 -> 0.10.
    expect(monthCredit([2.5], { monthlyFee: 4.1 }).amount).toBe(0.1);
    // 17.5 % of 42 000 = 7350 exactly.
    expect(monthCredit([5, 10, 2.5], { monthlyFee: 42000 }).amount).toBe(7350);
  });
});

describe('creditOfMonths: a quarter credits the sum of its months’ capped credits', () => {
  const terms = { cap: 25, monthlyFee: 42000 };
  it('adds capped percents, uncapped percents and amounts', () => {
    const months = [monthCredit([15, 15], terms), monthCredit([5], terms), monthCredit([null], terms)];
    // 25 (capped from 30) + 5 + 0 = 30 % of one monthly fee; uncapped 30 + 5 + 0 = 35; 10 500 + 2100 + 0 = 12 600.
    expect(creditOfMonths(months)).toEqual({ percent: 30, uncappedPercent: 35, amount: 12600 });
  });

  it('adds the months’ rounded amounts, which is what the invoices credit', () => {
    // Three months of 0.5 % of 1.00: 0.01 each (0.005 rounded up) = 0.03, where 1.5 % of 1.00 would be 0.02.
    const month = monthCredit([0.5], { monthlyFee: 1 });
    expect(creditOfMonths([month, month, month])).toEqual({ percent: 1.5, uncappedPercent: 1.5, amount: 0.03 });
  });

  it('has no amount when a month has none, or without months', () => {
    expect(creditOfMonths([monthCredit([5], terms), monthCredit([5], {})]).amount).toBeNull();
    expect(creditOfMonths([])).toEqual({ percent: 0, uncappedPercent: 0, amount: null });
  });
});

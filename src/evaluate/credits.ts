import { decimalOf, roundHalfAway } from './decimal.js';

/**
 * Service credits (SPEC 12.4), pure. Percents are added as integers of a
 * millionth of a percent, never as binary floats, so 5% + 10% + 2.5% is
 * 17.5 and not 17.499999999999996; amounts are whole cents (hundredths of
 * the currency) rounded half away from zero, as money is on an invoice.
 * Rules: docs/availability-rules.md.
 */

/** One tier as written: a figure (percent) below `below` earns `credit` (percent of the monthly fee). */
export type CreditTier = { below: number; credit: number };

/** The agreement's `credits:` section: the monthly fee (in its currency) and the cap (percent), both optional. */
export type CreditTerms = { monthlyFee?: number | undefined; cap?: number | undefined };

/** The credit of a month or of several months. */
export type Credit = {
  /** Percent of the monthly fee, after the cap. */
  percent: number;
  /** Percent before the cap. */
  uncappedPercent: number;
  /** percent × monthly fee / 100, rounded to two decimals; null without a monthly fee. */
  amount: number | null;
};

/** Percents are held to six decimals. */
const MICRO = 1_000_000n;

/**
 * SPEC 12.4: the credit (percent) of the tier with the largest credit whose
 * `below` is above the figure; 0 when no tier applies; null without tiers
 * (the service or metric has none) or without a figure (nothing to judge).
 * Tiers may come in any order.
 */
export function tierCredit(figure: number | null, tiers: readonly CreditTier[] | undefined): number | null {
  if (tiers === undefined || tiers.length === 0 || figure === null) return null;
  let best = 0;
  for (const tier of tiers) if (figure < tier.below && tier.credit > best) best = tier.credit;
  return best;
}

/**
 * SPEC 12.4: a calendar month's credit, the sum of the credits of its
 * services and policy metrics (null ones add nothing), capped by `cap`.
 */
export function monthCredit(credits: readonly (number | null)[], terms: CreditTerms): Credit {
  let uncapped = 0n;
  for (const c of credits) if (c !== null) uncapped += microPercent(c);
  const capped = terms.cap === undefined ? uncapped : min(uncapped, microPercent(terms.cap));
  const cents = terms.monthlyFee === undefined ? null : centsOf(capped, terms.monthlyFee);
  return { percent: percentOf(capped), uncappedPercent: percentOf(uncapped), amount: cents === null ? null : amountOf(cents) };
}

/**
 * SPEC 12.4: several months (a quarter, a year) credit the sum of their
 * capped credits, and the sum of their rounded amounts (what the invoices
 * credit); the amount is null when a month has none or there is no month.
 */
export function creditOfMonths(months: readonly Credit[]): Credit {
  let [percent, uncapped, cents] = [0n, 0n, 0n as bigint | null];
  for (const m of months) {
    percent += microPercent(m.percent);
    uncapped += microPercent(m.uncappedPercent);
    cents = cents === null || m.amount === null ? null : cents + BigInt(Math.round(m.amount * 100));
  }
  return {
    percent: percentOf(percent),
    uncappedPercent: percentOf(uncapped),
    amount: cents === null || months.length === 0 ? null : amountOf(cents),
  };
}

/** A percent as an integer of millionths, rounded half away from zero beyond six decimals. */
function microPercent(percent: number): bigint {
  const { units, scale } = decimalOf(percent);
  return roundHalfAway(BigInt(units) * MICRO, 10n ** BigInt(scale));
}

/** Whole cents of `micro` millionths of a percent of the fee: micro × fee / (100 × 10^6) × 100. */
function centsOf(micro: bigint, fee: number): bigint {
  const { units, scale } = decimalOf(fee);
  return roundHalfAway(micro * BigInt(units), MICRO * 10n ** BigInt(scale));
}

/** Millionths of a percent -> the double nearest the decimal (prints as the decimal). */
function percentOf(micro: bigint): number {
  return Number(micro) / 1_000_000;
}

function amountOf(cents: bigint): number {
  return Number(cents) / 100;
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

import { VENDOR_RATING_WORDS, type RatingMeaning } from './vendor-ratings.js';

/**
 * A satisfaction cell read as a rating (SPEC 13.1 "Ratings", 13.1.1). In
 * this order:
 * 1. an empty cell is no rating;
 * 2. a value the KPI lists under `satisfied:` is satisfied;
 * 3. a vendor's word means what the vendor means (vendor-ratings.ts):
 *    satisfied, not satisfied, or not a rating (`offered`: silently not
 *    counted, as the vendor means);
 * 4. a number from 1 to the scale is a rating: satisfied when it is at least
 *    `satisfied_from`, or, when the KPI lists `satisfied:` instead, only when
 *    listed;
 * 5. anything else (an unknown word, a number outside 1..scale) is
 *    unreadable: a row warning, and the rating is not counted.
 */

export type RatingRules = {
  scale: number;
  /** Numbers at or above it are satisfied; absent when the KPI lists `satisfied:` instead. */
  satisfiedFrom?: number;
  /** The listed values, normalised; numbers compare by value (`4` = `4.0`). */
  satisfiedWords?: ReadonlySet<string>;
  satisfiedNumbers?: ReadonlySet<number>;
};

export type RatingReading = { kind: RatingMeaning } | { kind: 'unreadable'; message: string; hint: string };

export type RatingOptions = { scale?: number; satisfiedFrom?: number; satisfied?: readonly (string | number)[] };

/** Defaults and checks of SPEC 13.1.1: scale 5, satisfied from 4; `satisfied_from` is required when the scale is not 5, unless `satisfied:` lists the values. */
export function ratingRules(options: RatingOptions): { ok: true; value: RatingRules } | { ok: false; message: string; hint: string } {
  const scale = options.scale ?? 5;
  if (!Number.isInteger(scale) || scale < 2 || scale > 100)
    return {
      ok: false,
      message: `scale ${scale} is not a rating scale`,
      hint: 'a scale is a whole number from 2 to 100: ratings go from 1 to the scale',
    };
  if (options.satisfied !== undefined) {
    if (options.satisfiedFrom !== undefined)
      return {
        ok: false,
        message: 'both satisfied_from and satisfied are given',
        hint: 'give one: satisfied_from for a number scale, or satisfied: [...] to list the values that count as satisfied',
      };
    if (options.satisfied.length === 0)
      return { ok: false, message: 'satisfied lists no values', hint: 'list the values that count as satisfied, e.g. satisfied: [4, 5]' };
    const numbers = options.satisfied.map(numberOf).filter((n): n is number => n !== undefined);
    return {
      ok: true,
      value: { scale, satisfiedWords: new Set(options.satisfied.map((v) => normalise(String(v)))), satisfiedNumbers: new Set(numbers) },
    };
  }
  if (options.satisfiedFrom === undefined && scale !== 5)
    return {
      ok: false,
      message: `scale ${scale} needs satisfied_from`,
      hint: `say from which number a rating counts as satisfied, e.g. satisfied_from: ${Math.ceil((scale * 4) / 5)}`,
    };
  const from = options.satisfiedFrom ?? 4;
  if (!Number.isInteger(from) || from < 1 || from > scale)
    return { ok: false, message: `satisfied_from ${from} is not on the scale 1-${scale}`, hint: `write a whole number from 1 to ${scale}` };
  return { ok: true, value: { scale, satisfiedFrom: from } };
}

const SATISFIED: RatingReading = { kind: 'satisfied' };
const DISSATISFIED: RatingReading = { kind: 'dissatisfied' };
const NOT_A_RATING: RatingReading = { kind: 'not-a-rating' };
const BY_MEANING: Readonly<Record<RatingMeaning, RatingReading>> = {
  satisfied: SATISFIED,
  dissatisfied: DISSATISFIED,
  'not-a-rating': NOT_A_RATING,
};

export function readRating(cell: string | undefined, rules: RatingRules): RatingReading {
  const key = cell === undefined ? '' : normalise(cell);
  if (key === '') return NOT_A_RATING;
  if (rules.satisfiedWords?.has(key) === true) return SATISFIED;
  const word = VENDOR_RATING_WORDS.get(key);
  if (word !== undefined) return BY_MEANING[word.meaning];
  const n = numberOf(key);
  if (n !== undefined && n >= 1 && n <= rules.scale) {
    if (rules.satisfiedNumbers !== undefined) return rules.satisfiedNumbers.has(n) ? SATISFIED : DISSATISFIED;
    return n >= rules.satisfiedFrom! ? SATISFIED : DISSATISFIED;
  }
  const text = cell!.trim();
  if (n !== undefined)
    return {
      kind: 'unreadable',
      message: `rating ${text} is outside the scale 1-${rules.scale}`,
      hint: `the KPI's scale is ${rules.scale}; set scale: to the survey's highest number`,
    };
  return {
    kind: 'unreadable',
    message: `cannot read "${text}" as a rating`,
    hint: `a rating is a number from 1 to ${rules.scale} or a helpdesk's word (good, bad, offered, …); list the values that count as satisfied with satisfied: [...]`,
  };
}

/** Trimmed, lower case, `_` and a hyphen between letters as spaces, runs of spaces as one: `Not_Offered` = `not-offered` = `not offered`. A minus sign stays: `-1` is not `1`. */
function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .replace(/[\s_]+/g, ' ');
}

/** `4`, `4.0`, `4,5` (a decimal comma): a number; anything else undefined. */
function numberOf(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const t = value.trim();
  return /^\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : undefined;
}

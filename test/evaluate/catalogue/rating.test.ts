import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ratingRules,
  readRating,
  VENDOR_RATING_WORDS,
  type RatingOptions,
  type RatingRules,
} from '../../../src/evaluate/catalogue/index.js';

const rules = (options: RatingOptions = {}): RatingRules => {
  const r = ratingRules(options);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const kind = (cell: string | undefined, r: RatingRules = rules()): string => readRating(cell, r).kind;

describe('readRating: every vendor value means what the vendor means', () => {
  // Zendesk `Satisfaction Score`, as the API and the CSV write it, in the capitalisations seen.
  const zendesk: [string, string][] = [
    ['good', 'satisfied'],
    ['Good', 'satisfied'],
    ['Good with comment', 'satisfied'],
    ['good_with_comment', 'satisfied'],
    ['good_without_comment', 'satisfied'],
    ['bad', 'dissatisfied'],
    ['Bad', 'dissatisfied'],
    ['Bad with comment', 'dissatisfied'],
    ['bad_with_comment', 'dissatisfied'],
    ['bad_without_comment', 'dissatisfied'],
    ['offered', 'not-a-rating'],
    ['Offered', 'not-a-rating'],
    ['unoffered', 'not-a-rating'],
    ['Unoffered', 'not-a-rating'],
    ['not offered', 'not-a-rating'],
    ['Not Offered', 'not-a-rating'],
    ['not_offered', 'not-a-rating'],
    ['Not-Offered', 'not-a-rating'],
  ];
  // Freshdesk `Survey results`: the classic survey and the 3/5/7-point answers.
  const freshdesk: [string, string][] = [
    ['Awesome', 'satisfied'],
    ['Neutral', 'dissatisfied'],
    ['Not Good', 'dissatisfied'],
    ['Extremely Happy', 'satisfied'],
    ['Very Happy', 'satisfied'],
    ['Happy', 'satisfied'],
    ['Unhappy', 'dissatisfied'],
    ['Very Unhappy', 'dissatisfied'],
    ['Extremely Unhappy', 'dissatisfied'],
  ];
  // Jira `Satisfaction rating` and Freshservice `Experience Score`: numbers on the KPI's scale (default 5, satisfied from 4).
  const numbers: [string, string][] = [
    ['1', 'dissatisfied'],
    ['2', 'dissatisfied'],
    ['3', 'dissatisfied'],
    ['4', 'satisfied'],
    ['5', 'satisfied'],
    ['4.0', 'satisfied'],
    ['3,5', 'dissatisfied'],
    [' 5 ', 'satisfied'],
  ];
  it.each([...zendesk, ...freshdesk, ...numbers])('%s is %s', (cell, meaning) => {
    expect(kind(cell)).toBe(meaning);
  });
  it('covers every word of the table above', () => {
    const tested = new Set([...zendesk, ...freshdesk].map(([w]) => w.toLowerCase().replace(/[_-]/g, ' ')));
    for (const word of VENDOR_RATING_WORDS.keys()) expect(tested.has(word), word).toBe(true);
  });
  it('reads an empty cell as no rating, silently', () => {
    expect(kind(undefined)).toBe('not-a-rating');
    expect(kind('')).toBe('not-a-rating');
    expect(kind('   ')).toBe('not-a-rating');
  });
});

describe('readRating: what is not a rating is a row warning, never a silent zero', () => {
  it('refuses numbers outside 1..scale, with the scale', () => {
    expect(readRating('0', rules())).toEqual({
      kind: 'unreadable',
      message: 'rating 0 is outside the scale 1-5',
      hint: "the KPI's scale is 5; set scale: to the survey's highest number",
    });
    expect(kind('6')).toBe('unreadable');
    expect(kind('-1')).toBe('unreadable');
    expect(kind('10', rules({ scale: 10, satisfiedFrom: 8 }))).toBe('satisfied');
  });
  it('refuses unknown words and names the way out', () => {
    expect(readRating('Meh', rules())).toEqual({
      kind: 'unreadable',
      message: 'cannot read "Meh" as a rating',
      hint: "a rating is a number from 1 to 5 or a helpdesk's word (good, bad, offered, …); list the values that count as satisfied with satisfied: [...]",
    });
    expect(kind('received')).toBe('unreadable');
    expect(kind('★★★★')).toBe('unreadable');
  });
});

describe('ratingRules and the satisfied: list', () => {
  it('counts listed values as satisfied, other numbers on the scale as not', () => {
    const top = rules({ satisfied: [5] });
    expect([kind('5', top), kind('5.0', top), kind('4', top), kind('6', top)]).toEqual([
      'satisfied',
      'satisfied',
      'dissatisfied',
      'unreadable',
    ]);
  });
  it('lets a list name a renamed survey answer, while vendor words keep their meaning', () => {
    const words = rules({ satisfied: ['Super', 'Fint'] });
    expect([kind('super', words), kind('FINT', words), kind('bad', words), kind('offered', words), kind('Dårligt', words)]).toEqual([
      'satisfied',
      'satisfied',
      'dissatisfied',
      'not-a-rating',
      'unreadable',
    ]);
  });
  it('takes satisfied_from on another scale', () => {
    const ten = rules({ scale: 10, satisfiedFrom: 9 });
    expect([kind('8', ten), kind('9', ten), kind('10', ten)]).toEqual(['dissatisfied', 'satisfied', 'satisfied']);
    expect(kind('2', rules({ scale: 3, satisfiedFrom: 2 }))).toBe('satisfied');
  });
  it('requires satisfied_from when the scale is not 5, and refuses contradictions', () => {
    expect(ratingRules({ scale: 10 })).toEqual({
      ok: false,
      message: 'scale 10 needs satisfied_from',
      hint: 'say from which number a rating counts as satisfied, e.g. satisfied_from: 8',
    });
    expect(ratingRules({ scale: 10, satisfied: [9, 10] }).ok).toBe(true);
    expect(ratingRules({ satisfiedFrom: 6 })).toMatchObject({ ok: false, message: 'satisfied_from 6 is not on the scale 1-5' });
    expect(ratingRules({ satisfiedFrom: 4, satisfied: [5] })).toMatchObject({
      ok: false,
      message: 'both satisfied_from and satisfied are given',
    });
    expect(ratingRules({ satisfied: [] })).toMatchObject({ ok: false, message: 'satisfied lists no values' });
    expect(ratingRules({ scale: 1 })).toMatchObject({ ok: false, message: 'scale 1 is not a rating scale' });
    expect(ratingRules({ scale: 4.5 })).toMatchObject({ ok: false });
  });
  it('defaults to a 5-point scale satisfied from 4', () => {
    expect(rules()).toEqual({ scale: 5, satisfiedFrom: 4 });
  });
  it('reads any whole number n on any scale as satisfied exactly when n >= satisfied_from', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 100 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: -5, max: 105 }),
        (scale, from, n) => {
          fc.pre(from <= scale);
          const expected = n < 1 || n > scale ? 'unreadable' : n >= from ? 'satisfied' : 'dissatisfied';
          expect(kind(String(n), rules({ scale, satisfiedFrom: from }))).toBe(expected);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { goalMet, parseKpiGoal, parseMeasure, type KpiGoal } from '../../../src/evaluate/catalogue/index.js';

const ok = (value: unknown, measure?: Parameters<typeof parseKpiGoal>[1]): KpiGoal => {
  const r = parseKpiGoal(value, measure);
  if (!r.ok) throw new Error(`${r.message} / ${r.hint}`);
  return r.value;
};
const refused = (value: unknown, measure?: Parameters<typeof parseKpiGoal>[1]): { message: string; hint: string } => {
  const r = parseKpiGoal(value, measure);
  if (r.ok) throw new Error(`accepted ${String(value)}`);
  return { message: r.message, hint: r.hint };
};

describe('parseKpiGoal: SPEC 13.1 goals', () => {
  it("reads SPEC's four examples", () => {
    expect(ok('>= 90%')).toEqual({ direction: '>=', value: 90, percent: true, text: '>= 90%' });
    expect(ok('<= 5%')).toEqual({ direction: '<=', value: 5, percent: true, text: '<= 5%' });
    expect(ok('>= 20')).toEqual({ direction: '>=', value: 20, percent: false, text: '>= 20' });
    expect(ok('<= 5')).toEqual({ direction: '<=', value: 5, percent: false, text: '<= 5' });
  });
  it('allows any spacing and decimals in a percent', () => {
    expect(ok('>=90%')).toMatchObject({ direction: '>=', value: 90, percent: true });
    expect(ok('  <=  2.5 %  ')).toMatchObject({ direction: '<=', value: 2.5, percent: true, text: '<=  2.5 %' });
    expect(ok('>= 0%')).toMatchObject({ value: 0 });
    expect(ok('<= 100%', 'reopen_rate')).toMatchObject({ value: 100 });
  });
  it('checks percent against the measure', () => {
    expect(ok('>= 90%', 'satisfaction').percent).toBe(true);
    expect(ok('<= 5', 'backlog_older_than').percent).toBe(false);
    expect(refused('>= 90', 'satisfaction')).toEqual({
      message: 'goal ">= 90" of satisfaction has no percent sign',
      hint: 'satisfaction is a percent of tickets: did you mean ">= 90%"?',
    });
    expect(refused('<= 5%', 'backlog_older_than')).toEqual({
      message: 'goal "<= 5%" of backlog_older_than is a percent',
      hint: 'backlog_older_than is a count of tickets: did you mean "<= 5"?',
    });
    expect(refused('<= 5.5', 'created_count').message).toBe('goal "<= 5.5" of created_count is not a whole number');
  });
  it('refuses a goal without a direction and suggests the usual one', () => {
    expect(refused('90%')).toEqual({
      message: 'goal "90%" has no direction',
      hint: 'did you mean ">= 90%"? a goal says which way is good: ">=" at least, "<=" at most (in quotes, since YAML reads a leading > as a block)',
    });
    expect(refused('5%', 'reopen_rate').hint).toMatch(/^did you mean "<= 5%"\?/);
    expect(refused('90', 'first_contact').hint).toMatch(/^did you mean ">= 90%"\?/);
    expect(refused('30', 'backlog_older_than').hint).toMatch(/^did you mean "<= 30"\?/);
    expect(refused('20', 'created_count').hint).toMatch(/^write ">= 20" \(at least\) or "<= 20" \(at most\)/);
    expect(refused(90).message).toBe('goal "90" has no direction');
  });
  it('refuses strict and other operators with the goal that says the same', () => {
    expect(refused('> 90%')).toEqual({
      message: 'goal "> 90%" uses >; a goal is ">=" (at least) or "<=" (at most)',
      hint: 'did you mean ">= 90%"? a goal is met at exactly its figure',
    });
    // For a count, "< 5" is exactly "<= 4".
    expect(refused('< 5', 'backlog_older_than').hint).toBe('did you mean "<= 4"? for a count, "< 5" is the same goal');
    expect(refused('> 19').hint).toBe('did you mean ">= 20"? for a count, "> 19" is the same goal');
    expect(refused('< 0').hint).toBe('did you mean "<= 0"? a goal is met at exactly its figure');
    expect(refused('= 5').hint).toBe('write ">= 5" or "<= 5"');
    expect(refused('=> 90%')).toEqual({
      message: 'goal "=> 90%" is written with =>',
      hint: 'did you mean ">= 90%"? a goal is ">=" (at least) or "<=" (at most)',
    });
    expect(refused('≤ 5%').hint).toMatch(/^did you mean "<= 5%"\?/);
  });
  it('refuses what is no goal at all', () => {
    expect(refused('>= 101%').message).toBe('goal ">= 101%" is outside 0-100%');
    expect(refused('>= 90,5%')).toEqual({
      message: 'goal ">= 90,5%" has a decimal comma',
      hint: 'did you mean ">= 90.5%"? write the decimals with a point',
    });
    expect(refused('high').message).toBe('"high" is not a goal');
    expect(refused(null).message).toBe('expected a goal such as ">= 90%", found nothing');
    expect(refused('>= -5').message).toBe('">= -5" is not a goal');
  });
  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[<>=≥≤ ]{0,3}\d{1,3}([.,]\d{1,2})?%?$/)), (s) => void parseKpiGoal(s)));
  });
});

describe('goalMet: the unrounded value, exactly', () => {
  const ratio = (numerator: number, denominator: number): { value: number | null; numerator: number; denominator: number } => ({
    value: denominator === 0 ? null : (numerator * 100) / denominator,
    numerator,
    denominator,
  });
  it('is null when the value is null', () => {
    expect(goalMet({ value: null, numerator: 0, denominator: 0 }, ok('>= 90%'))).toBeNull();
  });
  it('meets a goal at exactly its figure, in both directions', () => {
    // 9 of 10 = 90 %.
    expect(goalMet(ratio(9, 10), ok('>= 90%'))).toBe(true);
    expect(goalMet(ratio(9, 10), ok('<= 90%'))).toBe(true);
    // 1 of 3 = 33.333…% is below 33.34 % and above 33.33 %.
    expect(goalMet(ratio(1, 3), ok('>= 33.34%'))).toBe(false);
    expect(goalMet(ratio(1, 3), ok('>= 33.33%'))).toBe(true);
    // A count: 5 old tickets meet "<= 5", not "<= 4".
    expect(goalMet({ value: 5, numerator: 5, denominator: null }, ok('<= 5'))).toBe(true);
    expect(goalMet({ value: 5, numerator: 5, denominator: null }, ok('<= 4'))).toBe(false);
  });
  it('tells apart a ratio a float would round onto the goal', () => {
    // (9999m - 1) / (10000m - 1) is 1e-14 percentage points below 99.99 %: the double of 100n/d is 99.99 itself.
    const m = 1e8;
    const figure = ratio(9999 * m - 1, 10000 * m - 1);
    expect(figure.value).toBe(99.99);
    expect(goalMet(figure, ok('>= 99.99%'))).toBe(false);
    expect(goalMet(figure, ok('<= 99.99%'))).toBe(true);
  });
  it('agrees with exact fractions on random ratios and goals', () => {
    const goal = fc.record({ units: fc.integer({ min: 0, max: 10_000 }), dir: fc.constantFrom('>=', '<=') });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat({ max: 1_000_000 }), goal, (den, n, g) => {
        const num = n % (den + 1);
        const text = `${g.dir} ${(g.units / 100).toString()}%`;
        // num/den × 100 against units / 100, cross-multiplied in bigints.
        const order = BigInt(num) * 100n * 100n - BigInt(g.units) * BigInt(den);
        expect(goalMet(ratio(num, den), ok(text))).toBe(g.dir === '>=' ? order >= 0n : order <= 0n);
      }),
    );
  });
});

describe('parseMeasure', () => {
  it('reads the six measures and suggests the nearest for a misspelt one', () => {
    expect(parseMeasure('reopen_rate')).toEqual({ ok: true, value: 'reopen_rate' });
    expect(parseMeasure('satisfction')).toMatchObject({
      ok: false,
      message: 'unknown measure "satisfction"; did you mean "satisfaction"?',
    });
    expect(parseMeasure('backlog')).toMatchObject({ ok: false, message: 'unknown measure "backlog"' });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOf, minus, nearestDouble, plus, powerOfTen, roundHalfAway, times } from '../../src/evaluate/decimal.js';
import { isNearestDouble } from './nearest-double.js';

describe('exact decimals', () => {
  it('reads a number back as the decimal it was written as', () => {
    expect(decimalOf(0.3)).toEqual({ units: 3, scale: 1 });
    expect(decimalOf(30 / 100)).toEqual({ units: 3, scale: 1 });
    expect(decimalOf(1)).toEqual({ units: 1, scale: 0 });
    expect(decimalOf(0)).toEqual({ units: 0, scale: 0 });
    expect(decimalOf(99.95)).toEqual({ units: 9995, scale: 2 });
    expect(decimalOf(1e-7)).toEqual({ units: 1, scale: 7 });
    expect(decimalOf(1.5e21)).toEqual({ units: 1500000000000000000000n, scale: 0 });
    expect(decimalOf(-2.5)).toEqual({ units: -25, scale: 1 });
    expect(() => decimalOf(Number.NaN)).toThrow(RangeError);
  });

  it('rounds a half away from zero', () => {
    expect(roundHalfAway(5n, 10n)).toBe(1n); // 0.5 -> 1
    expect(roundHalfAway(-5n, 10n)).toBe(-1n); // -0.5 -> -1
    expect(roundHalfAway(25n, 10n)).toBe(3n); // 2.5 -> 3 (half-even would give 2)
    expect(roundHalfAway(249n, 100n)).toBe(2n);
    expect(roundHalfAway(0n, 7n)).toBe(0n);
  });

  it('keeps integers as numbers while safe and moves to bigints beyond', () => {
    expect(times(3, 4)).toBe(12);
    expect(times(2 ** 40, 2 ** 20)).toBe(2n ** 60n);
    expect(plus(Number.MAX_SAFE_INTEGER, 1)).toBe(2n ** 53n);
    expect(minus(5, 7)).toBe(-2);
    expect(powerOfTen(3)).toBe(1000);
    expect(powerOfTen(20)).toBe(10n ** 20n);
  });

  it('where a float chain is off, the exact quotient is not: 0.7 × 90 ms is 63 ms', () => {
    expect(0.7 * 90).not.toBe(63);
    expect(nearestDouble(plus(times(0, 10), times(7, 90)), 10)).toBe(63);
  });

  it('nearestDouble is the double nearest the exact ratio, also for big integers', () => {
    // The checker itself tells a near miss apart.
    expect(isNearestDouble(0.3, 3n, 10n)).toBe(true);
    expect(isNearestDouble(0.1 + 0.2, 3n, 10n)).toBe(false);
    expect(isNearestDouble(99.49999999999999, 995n, 10n)).toBe(false);
    const big = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
    fc.assert(
      fc.property(
        big,
        big.filter((d) => d !== 0n),
        (num, den) => {
          const [n, d] = den < 0n ? [-num, -den] : [num, den];
          expect(isNearestDouble(nearestDouble(n, d), n, d)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 40 }), (n, d) => {
        expect(nearestDouble(n, d)).toBe(nearestDouble(BigInt(n), BigInt(d)));
      }),
      { numRuns: 500 },
    );
  });
});

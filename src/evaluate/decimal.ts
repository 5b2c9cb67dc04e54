/**
 * Exact decimal arithmetic for figures people compare against a written
 * number: an availability of exactly 99.5 must compare equal to a goal or
 * credit tier written `99.5%`, and 5% + 10% + 2.5% must print 17.5. Binary
 * floats cannot promise either when they add or multiply; an exact integer
 * (or bigint) numerator and denominator, divided once, can: the result is
 * the double nearest the exact value, which is also what the parser makes
 * of the written number.
 */

/** A finite decimal `units / 10^scale`, exact. */
export type Decimal = { units: Int; scale: number };

/**
 * The decimal a number was written as: the shortest digits that read back as
 * the same double (`0.3`, not 0.29999999999999998890). A number that came
 * from the text `30%` / 100 gives back 0.3.
 */
export function decimalOf(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (m === null) throw new RangeError(`cannot read ${x} as a decimal`);
  const [, sign, whole, fraction = '', exponent = '0'] = m;
  let units = BigInt(`${sign}${whole}${fraction}`);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: Number.isSafeInteger(Number(units)) ? Number(units) : units, scale };
}

/**
 * The double nearest num / den (den > 0), ties to even: exact integers as
 * numbers when they are safe (one IEEE division is correctly rounded),
 * otherwise through bigints.
 */
export function nearestDouble(num: Int, den: Int): number {
  if (typeof num === 'number' && typeof den === 'number') {
    if (den <= 0) throw new RangeError('nearestDouble: the denominator must be positive');
    return num / den;
  }
  const [n, d] = [BigInt(num), BigInt(den)];
  if (d <= 0n) throw new RangeError('nearestDouble: the denominator must be positive');
  if (n === 0n) return 0;
  const negative = n < 0n;
  const abs = negative ? -n : n;
  // Enough quotient bits (64 > 53) that Number() rounds it, plus a sticky bit
  // so that a remainder is never mistaken for an exact tie.
  const shift = Math.max(0, 64 - (bitLength(abs) - bitLength(d)));
  const scaled = abs << BigInt(shift);
  const q = ((scaled / d) << 1n) | (scaled % d === 0n ? 0n : 1n);
  const value = Number(q) / 2 ** (shift + 1);
  return negative ? -value : value;
}

/** num / den (den > 0) rounded to an integer, a half away from zero (commercial rounding). */
export function roundHalfAway(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new RangeError('roundHalfAway: the denominator must be positive');
  const abs = num < 0n ? -num : num;
  const q = (2n * abs + den) / (2n * den);
  return num < 0n ? -q : q;
}

/**
 * An exact integer: a number while it is a safe integer (fast, and nearly
 * always), a bigint once a product or sum would leave that range.
 */
export type Int = number | bigint;

export function times(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (Number.isSafeInteger(p)) return p;
  }
  return BigInt(a) * BigInt(b);
}

export function plus(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s;
  }
  return BigInt(a) + BigInt(b);
}

export function minus(a: Int, b: Int): Int {
  return typeof b === 'number' ? plus(a, -b) : plus(a, -b);
}

/** 10^n as an Int. */
export function powerOfTen(n: number): Int {
  return n <= 15 ? 10 ** n : 10n ** BigInt(n);
}

function bitLength(x: bigint): number {
  return x.toString(2).length;
}

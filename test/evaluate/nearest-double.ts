/**
 * Is a double the one nearest an exact ratio num / den? Checked from the
 * double's own bits (test-only, no src/ code): the double and its two
 * neighbours as exact binary fractions, and no neighbour closer.
 */
export function isNearestDouble(x: number, num: bigint, den: bigint): boolean {
  if (den === 0n || !Number.isFinite(x)) throw new RangeError('isNearestDouble: a finite double and a non-zero denominator');
  if (den < 0n) [num, den] = [-num, -den];
  if (x < 0 || num < 0n) return isNearestDouble(-x, -num, den);
  if (x === 0) return num === 0n || isCloser(0, Number.MIN_VALUE, num, den);
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, x);
  const raw = bits.getBigUint64(0);
  const neighbour = (delta: bigint): number => {
    bits.setBigUint64(0, raw + delta);
    return bits.getFloat64(0);
  };
  return isCloser(x, neighbour(1n), num, den) && isCloser(x, neighbour(-1n), num, den);
}

/** |a - q| <= |b - q| for q = num / den, exactly. */
function isCloser(a: number, b: number, num: bigint, den: bigint): boolean {
  const distance = (y: number): [bigint, bigint] => {
    const [n, d] = exactOf(y);
    const diff = n * den - num * d;
    return [diff < 0n ? -diff : diff, d * den];
  };
  const [[an, ad], [bn, bd]] = [distance(a), distance(b)];
  return an * bd <= bn * ad;
}

/** A finite non-negative double as an exact fraction [n, 2^k]. */
function exactOf(y: number): [bigint, bigint] {
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, y);
  const raw = bits.getBigUint64(0);
  const exponent = Number((raw >> 52n) & 0x7ffn);
  const fraction = raw & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const power = (exponent === 0 ? 1 : exponent) - 1075;
  return power >= 0 ? [mantissa << BigInt(power), 1n] : [mantissa, 1n << BigInt(-power)];
}

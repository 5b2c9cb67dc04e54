/**
 * A growable list of numbers in a typed array: the report keeps one per KPI
 * group for the percentiles, so a million records cost 8 bytes each, not an
 * object each.
 */
export type Samples = { values: Float64Array; length: number };

export function emptySamples(): Samples {
  return { values: new Float64Array(16), length: 0 };
}

export function addSample(samples: Samples, value: number): void {
  if (samples.length === samples.values.length) {
    const grown = new Float64Array(samples.values.length * 2);
    grown.set(samples.values);
    samples.values = grown;
  }
  samples.values[samples.length++] = value;
}

/** The values, in a new array of their own (the percentiles reorder it). */
export function sampleValues(samples: Samples): Float64Array {
  return samples.values.slice(0, samples.length);
}

/**
 * Nearest-rank percentile: the smallest value with at least p % of the values
 * at or below it, i.e. the value at rank ceil(p/100 * n) in ascending order.
 * Always one of the values (no interpolation); the median is P50 by the same
 * rule, the lower middle value of an even count. Undefined when empty.
 * `values` may be in any order and is reordered (selection, not a sort: a
 * million values take linear time).
 */
export function nearestRank(values: Float64Array, percent: number): number | undefined {
  if (values.length === 0) return undefined;
  // percent * n first: an integer, so ceil sees 63 and not 0.9 * 70 = 63.00000000000001.
  const rank = Math.max(1, Math.ceil((percent * values.length) / 100));
  return select(values, rank - 1);
}

/** The k-th smallest value (0-based), by Hoare's quickselect with a median-of-three pivot; reorders `a`. */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const pivot = median3(a[lo]!, a[mid]!, a[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

function median3(x: number, y: number, z: number): number {
  return x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
}

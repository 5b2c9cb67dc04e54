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

/** The values in ascending order (a copy). */
export function sortedSamples(samples: Samples): Float64Array {
  return samples.values.slice(0, samples.length).sort();
}

/**
 * Nearest-rank percentile of ascending values: the smallest value with at
 * least p % of the values at or below it, i.e. the value at rank ceil(p/100 * n).
 * Always one of the values (no interpolation); the median is P50 by the same
 * rule, the lower middle value of an even count. Undefined when empty.
 */
export function nearestRank(sorted: Float64Array, percent: number): number | undefined {
  if (sorted.length === 0) return undefined;
  // percent * n first: an integer, so ceil sees 63 and not 0.9 * 70 = 63.00000000000001.
  const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
  return sorted[rank - 1];
}

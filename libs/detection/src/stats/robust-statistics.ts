// Median and MAD: the robust centre and spread of a handful of weekly values. With four reference
// weeks one polluted week (an outage, a holiday) drags a mean a long way and a median hardly at all;
// ThirdEye's `median4w` baseline and Twitter's S-H-ESD use them for the same reason
// (detection-and-stack.md §A.1, §A.2).

/** 1.4826·MAD estimates σ for normal data (detection-and-stack.md §A.6.2). */
export const MAD_TO_SIGMA = 1.4826;

/**
 * Variance of a sample median relative to that of the mean, π/2 for normal data (the asymptotic
 * value; for four values it is about 1.19 [K]): the larger, safe figure is used for how uncertain
 * a median baseline itself is.
 */
export const MEDIAN_VARIANCE_FACTOR = Math.PI / 2;

/** Median of the values (mean of the middle two for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Median absolute deviation of the values from `centre`, or null for none. */
export function medianAbsoluteDeviation(values: readonly number[], centre: number): number | null {
  return median(values.map((v) => Math.abs(v - centre)));
}

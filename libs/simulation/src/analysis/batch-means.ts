// Output analysis for steady-state simulations: successive observations (waits of consecutive
// contacts) are correlated, so the naive sd/√n understates the error of a long-run mean. Cutting
// the run into batches much longer than the correlation time (hours for a contact-centre queue)
// gives nearly independent batch means, whose spread yields an honest standard error.

/** Standard error of the overall mean estimated from k ≥ 2 equal-length batch means: sd / √k. */
export function batchMeansStandardError(batchMeans: readonly number[]): number {
  const k = batchMeans.length;
  if (k < 2) {
    throw new RangeError(`batch means need at least 2 batches, got ${k}`);
  }
  let sum = 0;
  for (const value of batchMeans) {
    sum += value;
  }
  const mean = sum / k;
  let squares = 0;
  for (const value of batchMeans) {
    squares += (value - mean) ** 2;
  }
  return Math.sqrt(squares / (k - 1) / k);
}

// Normal-approximation interval of a mean from its running sums (Σx, Σx², n): what the additive
// counters keep. Fine for the sample sizes at which means are rated (minSample ≥ 30).
import { Z_95 } from './wilson-interval';

/** The 95 % interval of the mean of n values with sum `sum` and sum of squares `squares`, or null for n < 2. */
export function meanInterval(sum: number, squares: number, n: number, z = Z_95): readonly [number, number] | null {
  if (n < 2) {
    return null;
  }
  const mean = sum / n;
  const variance = Math.max(0, (squares - n * mean * mean) / (n - 1));
  const half = z * Math.sqrt(variance / n);
  return [mean - half, mean + half];
}

// Upper tail of the Poisson distribution, for "is this many dead-lettered events more than chance
// allows?". Summed term by term from the pmf in log space (log-gamma), so it stays exact for the
// small counts it is used on and does not overflow for large ones.
import { logGamma } from './log-gamma';

/** P(X ≥ x) for X ~ Poisson(mean); x is rounded up to a whole count. */
export function poissonUpperTail(x: number, mean: number): number {
  const k0 = Math.ceil(x);
  if (k0 <= 0) {
    return 1;
  }
  if (!(mean > 0)) {
    return 0;
  }
  const logPmf = (k: number): number => k * Math.log(mean) - mean - logGamma(k + 1);
  if (k0 > mean) {
    // Terms fall from k0 upwards: sum until they no longer change the total.
    let term = Math.exp(logPmf(k0));
    let sum = 0;
    for (let k = k0; term > sum * 1e-17 && k < k0 + 100_000; k += 1) {
      sum += term;
      term *= mean / (k + 1);
    }
    return Math.min(1, sum);
  }
  // k0 ≤ mean: the lower tail P(X ≤ k0 − 1) has k0 terms, falling from k0 − 1 downwards.
  let term = Math.exp(logPmf(k0 - 1));
  let lower = 0;
  for (let k = k0 - 1; k >= 0 && term > lower * 1e-17; k -= 1) {
    lower += term;
    term *= k / mean;
  }
  return Math.max(0, 1 - lower);
}

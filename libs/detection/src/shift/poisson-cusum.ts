// The increment of a Poisson CUSUM for counts (offered volume), the counting analogue of the
// binomial one (detection-and-stack.md §A.4, §A.6.2 "Poisson/negative-binomial bounds"):
//   LLR = x·ln(λ1/λ0) − (λ1 − λ0),  λ1 = λ0·(1 + δ) for "worse = higher" (λ0/(1 + δ) for lower),
// divided by φ·(1 + (π/2)/K): the over-dispersion of the reference weeks and the uncertainty of a
// median of K weekly counts (variance ≈ (π/2)·φλ0/K, robust-statistics.ts).
import type { CountBaseline } from '../baseline/count-baseline';
import { MEDIAN_VARIANCE_FACTOR } from '../stats/robust-statistics';
import type { Worse } from '../observations/watched-metric';

/** [S]: the smallest expected count judged against; a slot that was empty in every reference week is "about half a contact". */
export const MIN_EXPECTED_COUNT = 0.5;

/** x·ln(λ1/λ0) − (λ1 − λ0). */
export function poissonLogLikelihoodRatio(count: number, expected: number, degraded: number): number {
  return count * Math.log(degraded / expected) - (degraded - expected);
}

/** The CUSUM increment of one interval's count against the baseline, one-sided in the worse direction. */
export function poissonIncrement(count: number, baseline: CountBaseline, relativeShift: number, worse: Worse): number {
  const expected = Math.max(baseline.expected, MIN_EXPECTED_COUNT);
  const degraded = worse === 'higher' ? expected * (1 + relativeShift) : expected / (1 + relativeShift);
  const scale = baseline.dispersion * (1 + MEDIAN_VARIANCE_FACTOR / Math.max(baseline.weeksUsed, 1));
  return poissonLogLikelihoodRatio(count, expected, degraded) / scale;
}

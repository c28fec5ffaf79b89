// The increment of a CUSUM on the n-weighted standardised residual of a mean (handle time, answer
// wait), detection-and-stack.md §A.4 and §A.6.3:
//   r_t = (ln(ȳ_t + c) − μ0) / s_t,   s_t² = σ1²/n_t + SE(μ0)²,
// and the reference value set by the shift worth acting on, d_t = ln(1 + δ)/s_t in units of s_t:
//   increment = d_t·(r_t − d_t/2),
// which is the Gaussian log-likelihood ratio of "shifted by ln(1 + δ)" against "on the baseline".
// For a fixed n this is Page's tabular CUSUM C⁺ = max(0, C + r − k) with k = d/2, multiplied by d
// (so h here = h_tabular·d); the LLR form lets intervals of different n share one threshold: an
// interval of 3 contacts has a small d and moves the sum little, n = 0 moves it not at all.
// SE(μ0) keeps a large interval from being judged against a baseline that is less precise than it.
import type { MeanBaseline } from '../baseline/mean-baseline';
import type { MeanObservation } from '../observations/observation';
import type { Worse } from '../observations/watched-metric';

export interface NormalIncrement {
  readonly increment: number;
  /** r_t in the worse direction (positive = worse), or 0 without observations. */
  readonly residual: number;
}

/** The CUSUM increment of one interval's mean against the baseline, one-sided in the worse direction. */
export function normalMeanIncrement(
  observation: MeanObservation,
  baseline: MeanBaseline,
  relativeShift: number,
  worse: Worse,
): NormalIncrement {
  if (observation.count <= 0) {
    return { increment: 0, residual: 0 };
  }
  const mean = observation.sum / observation.count;
  const s = Math.sqrt(baseline.perObservationSigma ** 2 / observation.count + baseline.standardError ** 2);
  const direction = worse === 'higher' ? 1 : -1;
  const residual = (direction * (Math.log(Math.max(mean + baseline.offset, Number.MIN_VALUE)) - baseline.logMean)) / s;
  const d = Math.log(1 + relativeShift) / s;
  return { increment: d * (residual - d / 2), residual };
}

// The increment of a Bernoulli/binomial CUSUM (Reynolds & Stoumbos; detection-and-stack.md §A.4):
// the log-likelihood ratio of x bad outcomes in n trials under the degraded rate p1 against the
// in-control rate p0,
//   W_t = max(0, W_{t−1} + x·ln(p1/p0) + (n − x)·ln((1 − p1)/(1 − p0))).
// An interval with n = 0 adds exactly 0 and one with 3 trials adds little: small denominators are
// handled by construction, not by a minimum sample.
//
// Two corrections, both dividing the increment (the quasi-likelihood scaling of an over-dispersed
// binomial [K]): φ, the over-dispersion the reference weeks show, and (1 + n/N_ref), because p0 is
// itself estimated from N_ref trials: Var(x − n·p̂0) = n·p0(1 − p0)·(1 + n/N_ref).
import type { ProportionBaseline } from '../baseline/proportion-baseline';
import type { ProportionObservation } from '../observations/observation';

/** p1 = p0·(1 + δ), but never more than halfway from p0 to 1 (p1 must stay a probability). */
export function degradedRate(p0: number, relativeShift: number): number {
  return Math.min(p0 * (1 + relativeShift), p0 + (1 - p0) / 2);
}

/** x·ln(p1/p0) + (n − x)·ln((1 − p1)/(1 − p0)). */
export function binomialLogLikelihoodRatio(bad: number, trials: number, p0: number, p1: number): number {
  if (trials <= 0) {
    return 0;
  }
  return bad * Math.log(p1 / p0) + (trials - bad) * Math.log((1 - p1) / (1 - p0));
}

/** The CUSUM increment of one interval against the baseline, scaled for over-dispersion and for the estimated p0. */
export function bernoulliIncrement(observation: ProportionObservation, baseline: ProportionBaseline, relativeShift: number): number {
  if (observation.trials <= 0) {
    return 0;
  }
  const p1 = degradedRate(baseline.p0, relativeShift);
  const llr = binomialLogLikelihoodRatio(observation.bad, observation.trials, baseline.p0, p1);
  const estimation = 1 + observation.trials / Math.max(baseline.referenceTrials, 1);
  return llr / (baseline.dispersion * estimation);
}

// The CUSUM increment of one interval for whichever form the metric takes: binomial for
// proportions, Gaussian on log durations for means, Poisson for counts. All three are log-likelihood
// ratios of "shifted by δ in the worse direction" against "on the baseline", so one threshold h
// means the same strength of evidence for every metric. With δ set to the interval's own observed
// shift the same function gives the single-interval generalised likelihood ratio (the spike test of
// shift-detector.ts), and with δ set to an alarm's estimated level the evidence for recovery.
import type { Baseline } from '../baseline/seasonal-baseline';
import type { Observation } from '../observations/observation';
import type { WatchedMetric } from '../observations/watched-metric';
import { bernoulliIncrement } from './bernoulli-cusum';
import { normalMeanIncrement } from './normal-cusum';
import { MIN_EXPECTED_COUNT, poissonIncrement } from './poisson-cusum';

/** [S]: an observed relative shift is capped here (a count of 0 against a lower-is-worse baseline would be infinite). */
const MAX_RELATIVE_SHIFT = 100;

/** The increment of `observation` against `baseline` for the alternative "shifted by δ" (0 for an empty interval). */
export function shiftIncrement(
  metric: Pick<WatchedMetric, 'worse'>,
  observation: Observation,
  baseline: Baseline,
  relativeShift: number,
): number {
  if (observation.kind === 'proportion' && baseline.kind === 'proportion') {
    // The bad share rising is the worse direction for every proportion (good-share KPIs included).
    return bernoulliIncrement(observation, baseline, relativeShift);
  }
  if (observation.kind === 'mean' && baseline.kind === 'mean') {
    return normalMeanIncrement(observation, baseline, relativeShift, metric.worse).increment;
  }
  if (observation.kind === 'count' && baseline.kind === 'count') {
    return poissonIncrement(observation.count, baseline, relativeShift, metric.worse);
  }
  throw new Error(`a ${observation.kind} observation cannot be judged against a ${baseline.kind} baseline`);
}

/**
 * The relative shift an observation shows against the baseline, in the worse direction (0.5 = 50 %
 * worse), or null without sample: bad share / p0 − 1, (mean + c) / (expected + c) − 1, count / λ0 − 1.
 */
export function observedShift(metric: Pick<WatchedMetric, 'worse'>, observation: Observation, baseline: Baseline): number | null {
  if (observation.kind === 'proportion' && baseline.kind === 'proportion') {
    return observation.trials > 0 ? relative(observation.bad / observation.trials / baseline.p0) : null;
  }
  if (observation.kind === 'mean' && baseline.kind === 'mean') {
    if (observation.count <= 0) {
      return null;
    }
    const ratio = (observation.sum / observation.count + baseline.offset) / Math.exp(baseline.logMean);
    return relative(metric.worse === 'higher' ? ratio : 1 / ratio);
  }
  if (observation.kind === 'count' && baseline.kind === 'count') {
    const ratio = observation.count / Math.max(baseline.expected, MIN_EXPECTED_COUNT);
    return relative(metric.worse === 'higher' ? ratio : 1 / ratio);
  }
  return null;
}

const relative = (ratio: number): number => (Number.isFinite(ratio) ? Math.min(MAX_RELATIVE_SHIFT, ratio - 1) : MAX_RELATIVE_SHIFT);

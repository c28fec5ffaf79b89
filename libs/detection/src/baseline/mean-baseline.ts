// The expected duration of a slot (handle time, answer wait): the median of the reference weeks'
// means on a log scale, because durations are right-skewed and a slow week should count as much as
// a fast one (detection-and-stack.md §A.6.2: median and 1.4826·MAD on log(seconds)).
//
// The spread is kept per contact, σ1 = sd(log ȳ)·√n, so an interval of 3 contacts gets a wide band
// and one of 300 a narrow one (standardised residual r = (log ȳ − μ0) / (σ1/√n), §A.6.3). Two
// estimates, the larger wins: the robust between-week one (1.4826·MAD of (log ȳ_k − μ0)·√n_k),
// which also sees real week-to-week variation, and the within-interval one from Σx² (delta method:
// sd(log ȳ) ≈ CV/√n), because a MAD of four numbers can come out near zero by chance.
//
// Same slot only (handle time and waits differ between the opening burst and the quarter after), and
// only with at least the KPI's minimum sample in the reference weeks together (30 contacts, the floor
// libs/kpi uses for a normal-approximation interval): σ1 and μ0 from a handful of contacts are too
// rough to test against. Replay of the baseline scenarios showed it: a tier-2 queue with one or two
// contacts per interval raised every false handle-time shift of the run.
import { MAD_TO_SIGMA, MEDIAN_VARIANCE_FACTOR, median, medianAbsoluteDeviation } from '../stats/robust-statistics';
import type { MeanObservation, Observation } from '../observations/observation';
import { byWeek, type BaselineConfig, type ReferenceObservation } from './reference-observation';

export interface MeanBaseline {
  readonly kind: 'mean';
  /** μ0: median of ln(weekly mean + offset). */
  readonly logMean: number;
  /** exp(μ0) − offset: the expected mean, in the metric's unit. */
  readonly expected: number;
  /** Seconds added before taking logs (the metric's logOffset). */
  readonly offset: number;
  /** σ1: the spread of ln(mean) of one contact; an interval of n contacts has σ1/√n. */
  readonly perObservationSigma: number;
  /** Standard error of μ0 itself (a median of the reference weeks). */
  readonly standardError: number;
  readonly weeksUsed: number;
}

/** [S]: no duration is this regular per contact; keeps a degenerate history (all equal, no Σx²) from giving a zero band. */
export const MIN_RELATIVE_SIGMA = 0.05;

const isMean = (o: Observation): o is MeanObservation => o.kind === 'mean';

/** The seasonal baseline of a mean, or null with fewer than `minWeeks` weeks that have observations or fewer than `minSample` contacts in them. */
export function meanBaseline(
  references: readonly ReferenceObservation[],
  config: BaselineConfig,
  offset = 0,
  minSample = 0,
): MeanBaseline | null {
  const weeks = byWeek(references.filter((r) => (r.slotOffset ?? 0) === 0))
    .map(({ items }) => {
      const own = items.filter(isMean);
      return {
        sum: own.reduce((t, o) => t + o.sum, 0),
        squares: own.reduce((t, o) => t + o.sumSquares, 0),
        count: own.reduce((t, o) => t + o.count, 0),
      };
    })
    .filter((w) => w.count > 0);
  if (weeks.length < config.minWeeks || weeks.reduce((t, w) => t + w.count, 0) < minSample) {
    return null;
  }
  const logs = weeks.map((w) => Math.log(w.sum / w.count + offset));
  const logMean = median(logs) ?? 0;
  const scaled = weeks.map((w, i) => ((logs[i] ?? logMean) - logMean) * Math.sqrt(w.count));
  const between = MAD_TO_SIGMA * (medianAbsoluteDeviation(scaled, 0) ?? 0);
  const count = weeks.reduce((t, w) => t + w.count, 0);
  const pooledMean = weeks.reduce((t, w) => t + w.sum, 0) / count;
  const pooledVariance = Math.max(0, weeks.reduce((t, w) => t + w.squares, 0) / count - pooledMean ** 2);
  const within = Math.sqrt(pooledVariance) / (pooledMean + offset || 1);
  const sigma = Math.max(between, within, MIN_RELATIVE_SIGMA);
  return {
    kind: 'mean',
    logMean,
    expected: Math.exp(logMean) - offset,
    offset,
    perObservationSigma: sigma,
    standardError: Math.sqrt((MEDIAN_VARIANCE_FACTOR * sigma ** 2) / count),
    weeksUsed: weeks.length,
  };
}

// The KPI value of an observation (of one interval or a summed window), in the KPI's own unit, so
// a breach compares the same number the manager sees on the dashboard. Also the "badness" the
// breach rules compare: a share of bad outcomes or a ratio that grows as the metric gets worse.
import { meanInterval, wilsonInterval } from '@vahti/kpi';
import type { Observation } from './observation';
import type { WatchedMetric } from './watched-metric';

/** The metric's value of an observation, or null when it has no sample. */
export function metricValue(metric: WatchedMetric, observation: Observation): number | null {
  switch (observation.kind) {
    case 'proportion': {
      if (observation.trials <= 0) {
        return null;
      }
      const badShare = observation.bad / observation.trials;
      return metric.proportionValue === 'good_share' ? 1 - badShare : badShare;
    }
    case 'mean':
      return observation.count > 0 ? observation.sum / observation.count : null;
    case 'count':
      if (metric.planned !== true) {
        return observation.count;
      }
      if (observation.expected === undefined) {
        return null; // no whole forecast block in the window
      }
      // Forecast accuracy of a window: 1 − |actual − forecast| / actual (kpi-catalog K34, WAPE).
      return observation.count > 0 ? 1 - Math.abs(observation.count - observation.expected) / observation.count : null;
  }
}

/**
 * [S]: arrivals are Poisson, so actuals scatter around even a perfect forecast F with standard
 * deviation √F: an hour forecast at 100 contacts misses by 10 % or more about a third of the time
 * (kpi-catalog K34: interval MAPE is unfair to low volumes). A breach of forecast accuracy counts only
 * the miss beyond 3·√F, which a perfect forecast exceeds with probability ≈ 0.3 % (two-sided normal).
 */
export const PLAN_NOISE_Z = 3;

/**
 * The value a breach is judged on: the least bad value the window's sample allows, so that a small
 * window cannot breach by chance. Proportions take the bound of the bad share's 95 % Wilson
 * interval and means that of their normal interval, as libs/kpi computes the KPIs' intervals; a plan
 * comparison (forecast accuracy) forgives the part of the miss that Poisson noise explains
 * (PLAN_NOISE_Z). §A.3 warns that "very low traffic may have high apparent burn rates from a small
 * number of errors, requiring minimum-volume guards": the interval is that guard made continuous
 * (replay: a tier-2 queue of two calls an interval breached abandonment with 5 of 30 over 4 h
 * against an 8 % target, P(≥ 5) = 0.09 for a queue exactly on target). Plain counts are judged as
 * they are. The alert still shows the measured value.
 */
export function judgedValue(metric: WatchedMetric, observation: Observation): number | null {
  switch (observation.kind) {
    case 'proportion': {
      const interval = wilsonInterval(Math.min(observation.bad, observation.trials), observation.trials);
      if (interval === null) {
        return metricValue(metric, observation);
      }
      return metric.proportionValue === 'good_share' ? 1 - interval[0] : interval[0];
    }
    case 'mean': {
      const interval = meanInterval(observation.sum, observation.sumSquares, observation.count);
      if (interval === null) {
        return metricValue(metric, observation);
      }
      return metric.worse === 'higher' ? interval[0] : interval[1];
    }
    case 'count': {
      if (metric.planned === true && observation.expected !== undefined && observation.count > 0) {
        const miss = Math.abs(observation.count - observation.expected) - PLAN_NOISE_Z * Math.sqrt(Math.max(observation.expected, 0));
        return 1 - Math.max(0, miss) / observation.count;
      }
      return metricValue(metric, observation);
    }
  }
}

/**
 * How bad a value is, on a scale where larger is worse and ratios of badness are meaningful: the
 * bad share (or error share) for proportions and accuracies, the value itself or its inverse for
 * the rest. burn rate = badness(window) / badness(threshold) (detection-and-stack.md §A.3).
 */
export function badness(metric: WatchedMetric, value: number): number {
  const share = metric.unit === 'ratio';
  if (metric.worse === 'higher') {
    return value;
  }
  return share ? 1 - value : value > 0 ? 1 / value : Infinity;
}

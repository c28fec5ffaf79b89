// The KPI value of an observation (of one interval or a summed window), in the KPI's own unit, so
// a breach compares the same number the manager sees on the dashboard. Also the "badness" the
// breach rules compare: a share of bad outcomes or a ratio that grows as the metric gets worse.
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

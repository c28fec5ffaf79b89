// One entry point for the three baseline forms, chosen by the watched metric's observation kind.
// "No baseline yet" (null) is an answer in its own right: the monitor then runs no shift detector
// for the interval, while breaches of a target still work (cold start, monitor/step-monitor.ts).
import type { WatchedMetric } from '../observations/watched-metric';
import { countBaseline, type CountBaseline } from './count-baseline';
import { meanBaseline, type MeanBaseline } from './mean-baseline';
import { proportionBaseline, type ProportionBaseline } from './proportion-baseline';
import { DEFAULT_BASELINE_CONFIG, type BaselineConfig, type ReferenceObservation } from './reference-observation';

export type Baseline = ProportionBaseline | MeanBaseline | CountBaseline;

/** The seasonal baseline of `metric` from the reference observations, or null when there are too few usable weeks. */
export function seasonalBaseline(
  metric: Pick<WatchedMetric, 'kind' | 'shift' | 'minSample'>,
  references: readonly ReferenceObservation[],
  config: BaselineConfig = DEFAULT_BASELINE_CONFIG,
): Baseline | null {
  switch (metric.kind) {
    case 'proportion':
      return proportionBaseline(references, config);
    case 'mean':
      return meanBaseline(references, config, metric.shift?.logOffset ?? 0, metric.minSample);
    case 'count':
      return countBaseline(references, config);
  }
}

/** The expected value of the metric's KPI under the baseline, in the KPI's unit (for sentences and signals). */
export function expectedValue(metric: Pick<WatchedMetric, 'proportionValue'>, baseline: Baseline): number {
  switch (baseline.kind) {
    case 'proportion':
      return metric.proportionValue === 'good_share' ? 1 - baseline.p0 : baseline.p0;
    case 'mean':
    case 'count':
      return baseline.expected;
  }
}

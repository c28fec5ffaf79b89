// The change of a KPI between the baseline and the alert window, and whether it is more than
// sampling noise. Significance uses the KPI's own 95 % intervals from @vahti/kpi (Wilson for
// proportions, normal for means) when both windows have one: the change counts when they do not
// overlap, a conservative test. KPIs without an interval (time shares, forecast accuracy) count
// from a relative change of 10 % ([S], this lib's convention). Either way both windows need the
// KPI's minimum sample.
import type { KpiCounters, KpiDefinition, KpiValue } from '@vahti/kpi';
import type { WindowPair } from '../input/root-cause-input';
import { kpiValueOf, requireKpi } from './kpi-value';

/** Relative change that counts for KPIs without a confidence interval ([S]). */
export const MIN_RELATIVE_CHANGE = 0.1;

export interface KpiChange {
  readonly kpi: KpiDefinition;
  readonly baseline: KpiValue;
  readonly current: KpiValue;
  /** current − baseline. */
  readonly change: number;
  /** change / |baseline|, null when the baseline is 0. */
  readonly relativeChange: number | null;
  readonly significant: boolean;
}

/** The KPI's change over `counters`, or null when either window has no value. */
export function kpiChange(kpiId: string, counters: WindowPair<Readonly<KpiCounters>>): KpiChange | null {
  const kpi = requireKpi(kpiId);
  const baseline = kpiValueOf(kpiId, counters.baseline);
  const current = kpiValueOf(kpiId, counters.current);
  if (baseline === null || current === null) {
    return null;
  }
  const change = current.value - baseline.value;
  const relativeChange = baseline.value === 0 ? null : change / Math.abs(baseline.value);
  return { kpi, baseline, current, change, relativeChange, significant: isSignificant(kpi, baseline, current, relativeChange) };
}

function isSignificant(kpi: KpiDefinition, baseline: KpiValue, current: KpiValue, relative: number | null): boolean {
  if (baseline.denominator < kpi.minSample || current.denominator < kpi.minSample || baseline.value === current.value) {
    return false;
  }
  if (baseline.ci !== undefined && current.ci !== undefined) {
    return baseline.ci[1] < current.ci[0] || current.ci[1] < baseline.ci[0];
  }
  return relative === null || Math.abs(relative) >= MIN_RELATIVE_CHANGE;
}

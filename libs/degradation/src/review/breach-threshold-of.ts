// The line a breach is judged against: the tenant's target (or the KPI's cited default target)
// first, else the benchmark median (issue 5: "worse than its target, or than the benchmark
// median"). Band KPIs (rated around a plan) and metrics without any line get none: the shift
// detector still watches them against their own baseline.
import type { Yardstick } from '@vahti/kpi';
import type { BreachThreshold } from '@vahti/detection';

/** The breach line of a yardstick, or null when it has neither target nor median. */
export function breachThresholdOf(yardstick: Yardstick): BreachThreshold | null {
  const critical = yardstick.critical === undefined ? {} : { critical: yardstick.critical };
  if (yardstick.target !== undefined) {
    return { value: yardstick.target, source: 'target', ...critical };
  }
  if (yardstick.median !== undefined) {
    return { value: yardstick.median, source: 'benchmark', ...critical };
  }
  return null;
}

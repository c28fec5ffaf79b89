// A KPI value over plain counters, through @vahti/kpi's own definition, so every number here is
// the number the evaluator publishes for the same counters.
import { kpiDefinition, type KpiCounters, type KpiDefinition, type KpiValue } from '@vahti/kpi';

/** The definition of a KPI id; throws for ids @vahti/kpi does not know. */
export function requireKpi(id: string): KpiDefinition {
  const definition = kpiDefinition(id);
  if (definition === undefined) {
    throw new RangeError(`unknown KPI id ${id}`);
  }
  return definition;
}

/** The KPI over one set of counters (no wait sketch, no per-agent rows), or null when it has no data. */
export function kpiValueOf(id: string, counters: Readonly<KpiCounters>): KpiValue | null {
  return requireKpi(id).compute({ total: { counters: { ...counters }, wait: null }, agents: [], teams: [] });
}

/**
 * Whether the value is its numerator over its denominator, so that it can be split over the
 * elements of a dimension (proportions, means, time shares). A quantile, an NPS in points or a
 * share whose denominator is a sample count (ACW share) is not.
 */
export function isRatioValue(value: KpiValue): boolean {
  if (!(value.denominator > 0)) {
    return false;
  }
  return Math.abs(value.value - value.numerator / value.denominator) <= 1e-9 * Math.max(1, Math.abs(value.value));
}

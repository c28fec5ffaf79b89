// Localises a driver by drilling down its own metric: every dimension the caller gave rows for is
// drilled (ratio metrics by mix and rate, additive ones by each element's own change), and the
// best explanation across dimensions is kept. Dimensions are tried in BREAKDOWN_DIMENSIONS order,
// which is also the tie-break.
import { BREAKDOWN_DIMENSIONS, type BreakdownRow, type RootCauseInput } from '../input/root-cause-input';
import type { NodeMetric } from '../metrics/node-metric';
import { additiveDrillDown } from './additive-drill-down';
import type { DrillDown } from './element-change';
import { bestExplanation, explainDimension, type Explanation } from './explain-dimension';
import { ratioDrillDown } from './ratio-drill-down';

/** The metric's drill-down over one dimension's rows, or null when the rows hold no data for it. */
export function drillDownOf(metric: NodeMetric, rows: readonly BreakdownRow[]): DrillDown | null {
  if (metric.kind === 'additive') {
    return additiveDrillDown(rows.map((r) => ({ value: r.value, baseline: metric.read(r.baseline), current: metric.read(r.current) })));
  }
  return ratioDrillDown(rows.map((r) => ({ value: r.value, baseline: metric.read(r.baseline), current: metric.read(r.current) })));
}

/** Where the metric's change sits, or null when no dimension explains it succinctly. */
export function localise(metric: NodeMetric, breakdowns: RootCauseInput['breakdowns']): Explanation | null {
  if (breakdowns === undefined) {
    return null;
  }
  const explanations = BREAKDOWN_DIMENSIONS.map((dimension) => {
    const rows = breakdowns[dimension];
    const drillDown = rows === undefined || rows.length === 0 ? null : drillDownOf(metric, rows);
    return drillDown === null ? null : explainDimension(dimension, drillDown);
  });
  return bestExplanation(explanations);
}

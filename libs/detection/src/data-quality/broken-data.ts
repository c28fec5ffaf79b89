// Whether a KPI series' interval is computed from broken data, so the monitor marks it
// `dataQuality: 'broken'` and raises no performance alert from it: a silent stream looks exactly
// like a collapse in volume, and missing contact.ended events like a drop in handle time.
import type { WatchedMetric } from '../observations/watched-metric';
import { CORRUPTED_FAMILIES, type DataQualityReason } from './data-quality-reason';

/** The flagged reasons that corrupt a source the metric reads (empty = the metric's data is fine). */
export function brokenReasonsFor(metric: Pick<WatchedMetric, 'sources'>, flagged: readonly DataQualityReason[]): DataQualityReason[] {
  return [...new Set(flagged)].filter((reason) => CORRUPTED_FAMILIES[reason].some((family) => metric.sources.includes(family)));
}

/** True when any flagged reason corrupts a source the metric reads. */
export function isComputedFromBrokenData(metric: Pick<WatchedMetric, 'sources'>, flagged: readonly DataQualityReason[]): boolean {
  return brokenReasonsFor(metric, flagged).length > 0;
}

// Public API of @vahti/degradation: the alerter's review of a closed interval — every series of a
// tenant through the detectors (@vahti/detection), the ranked causes of what fires
// (@vahti/root-cause), and the result as alert signals (@vahti/alerting). Pure TypeScript: the
// caller hands in the evaluator's rows and persists the monitor states.
export type { TenantRow, RowsAt } from './series/tenant-rows';
export {
  intervalSeries,
  seriesCountersIn,
  seriesKey,
  seriesOfKey,
  isTotal,
  TOTAL,
  type SeriesRef,
  type SeriesCounters,
} from './series/interval-series';
export { breachThresholdOf } from './review/breach-threshold-of';
export { reviewSeries, type SeriesInterval, type SeriesOutcome } from './review/review-series';
export {
  reviewTenantInterval,
  reviewPeriods,
  REFERENCE_SLOT_OFFSETS,
  type TenantInterval,
  type TenantIntervalOutcome,
  type ReviewedSignal,
} from './review/review-tenant-interval';
export { windowRows, type WindowRows } from './explain/window-rows';
export { rootCauseInputOf, MAX_WINDOW_INTERVALS, type ExplainRequest } from './explain/root-cause-input-of';
export { alertSignalOf } from './alerts/alert-signal-of';
export { dueIntervals, SETTLE_MS, LIVE_LAG_MS, MAX_WAIT_MS, MAX_CATCH_UP_INTERVALS, type ReviewProgress } from './schedule/due-intervals';
export { reviewDataQuality, parseDataQualityState, type DataQualityReview } from './health/review-data-quality';
export { EventStoreWait, eventStoreBehind, type EventStoreProgress, type EventStoreReadiness } from './health/event-store-wait';
export { healthObservationOf, type HealthCounts } from './health/health-observation-of';
export { DEFAULT_HEALTH_RULES, pastSlotsOf, type HealthRules } from './health/health-rules';

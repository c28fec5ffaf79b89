// The broken-data step of a tenant's interval review: the event store's counts through
// libs/detection's data-quality monitor. What it flags goes into reviewTenantInterval, so KPIs
// computed from broken data are not alerted on as performance changes; its own signals are alerts
// of the tenant as a whole (BrokenData).
import type { AlertSignal } from '@vahti/alerting';
import {
  DATA_QUALITY_REASONS,
  initialDataQualityState,
  stepDataQuality,
  type DataQualityReason,
  type DataQualityState,
} from '@vahti/detection';
import { alertSignalOf } from '../alerts/alert-signal-of';
import { TOTAL } from '../series/interval-series';
import { healthObservationOf, type HealthCounts } from './health-observation-of';

export interface DataQualityReview {
  readonly state: DataQualityState;
  /** Reasons that make this interval's KPIs untrustworthy. */
  readonly flagged: readonly DataQualityReason[];
  readonly alerts: readonly AlertSignal[];
}

/** One interval's data-quality review; `stored` is the persisted state (anything unreadable starts afresh). */
export function reviewDataQuality(
  tenantId: string,
  intervalStart: number,
  stored: unknown,
  counts: HealthCounts,
  utcOffsetMinutes = 0,
): DataQualityReview {
  const step = stepDataQuality(parseDataQualityState(stored), intervalStart, healthObservationOf(counts), undefined, utcOffsetMinutes);
  const alerts = step.signals.flatMap((signal) => {
    const alert = alertSignalOf(tenantId, TOTAL, signal, []);
    return alert === null ? [] : [alert];
  });
  return { state: step.state, flagged: step.flagged, alerts };
}

/** A stored DataQualityState, or the initial state when `value` is not one. */
export function parseDataQualityState(value: unknown): DataQualityState {
  if (typeof value !== 'object' || value === null) {
    return initialDataQualityState();
  }
  const v = value as Partial<DataQualityState>;
  const last = v.lastIntervalStart;
  if (v.version !== 1 || !(last === null || typeof last === 'number') || typeof v.checks !== 'object' || v.checks === null) {
    return initialDataQualityState();
  }
  const known = new Set<string>(DATA_QUALITY_REASONS);
  const checks = Object.fromEntries(Object.entries(v.checks).filter(([reason]) => known.has(reason)));
  return { version: 1, lastIntervalStart: last, checks };
}

// Actuals per 30- and 60-minute block, so forecast error is taken at the forecast's own interval
// length (kpi-catalog K34/K35) while rows stay 15 minutes: each first offer and each handled contact
// also adds to the row where its UTC-aligned half hour and hour begin. A forecast interval sits on
// the row where it begins (forecast-intervals.ts), next to the actuals of its whole length.
import type { CounterDelta, KpiCounters } from '../counters/kpi-counters';
import { handleSeconds } from '../kpis/kpi-definition';
import { type AggregateDeltas, addContribution } from './aggregate-deltas';
import type { Scope } from './scope';

const HALF_HOUR_MS = 1_800_000;
const HOUR_MS = 3_600_000;

const blockStart = (at: number, length: number): number => at - (((at % length) + length) % length);

/** Adds a first offer or a handled contact at `at` to its half-hour and hour blocks (queue scope only). */
export function addBlockActuals(
  deltas: AggregateDeltas,
  at: number,
  scope: Scope,
  actual: { firstOffers?: number; handled?: number; handleSeconds?: number },
): void {
  const base: Scope = { tenantId: scope.tenantId, queueId: scope.queueId, channel: scope.channel };
  const halfHour: CounterDelta = {};
  const hour: CounterDelta = {};
  if (actual.firstOffers !== undefined) {
    halfHour.halfHourFirstOffers = actual.firstOffers;
    hour.hourFirstOffers = actual.firstOffers;
  }
  if (actual.handled !== undefined) {
    halfHour.halfHourHandled = actual.handled;
    halfHour.halfHourHandleSeconds = actual.handleSeconds ?? 0;
    hour.hourHandled = actual.handled;
    hour.hourHandleSeconds = actual.handleSeconds ?? 0;
  }
  addContribution(deltas, blockStart(at, HALF_HOUR_MS), base, halfHour);
  addContribution(deltas, blockStart(at, HOUR_MS), base, hour);
}

/** The actuals of the forecast interval that starts on a row: its own 15 minutes, or its block. */
export function blockActuals(c: Readonly<KpiCounters>): { firstOffers: number; handled: number; handleSeconds: number } {
  const minutes = c.forecastedIntervals > 0 ? c.forecastedMinutes / c.forecastedIntervals : 15;
  if (minutes === 60) {
    return { firstOffers: c.hourFirstOffers, handled: c.hourHandled, handleSeconds: c.hourHandleSeconds };
  }
  if (minutes === 30) {
    return { firstOffers: c.halfHourFirstOffers, handled: c.halfHourHandled, handleSeconds: c.halfHourHandleSeconds };
  }
  return { firstOffers: c.firstOffers, handled: c.handled, handleSeconds: handleSeconds(c) };
}

// Terms computed per interval and then summed over intervals: forecast error (|actual − forecast|
// per interval, kpi-catalog K34/K35) and "intervals meeting the service level" (kpi-catalog K01:
// daily SL hides bad intervals). They are not additive within an interval, so after a batch the
// terms of every touched interval are recomputed and the change is carried into its day.
import { ANY, aggregateKeyString, parseAggregateKey, type Aggregate } from '../counters/aggregate';
import type { CounterDelta, CounterName, KpiCounters } from '../counters/kpi-counters';
import { addCounters } from '../counters/kpi-counters';
import { countedOutcomes } from '../kpis/kpi-definition';
import { dayStart } from '../time/period';
import type { EvaluationSettings } from './evaluation-settings';
import { blockActuals } from './forecast-blocks';

const DERIVED: readonly CounterName[] = [
  'volumeForecastAbsError',
  'volumeForecastActual',
  'ahtForecastAbsErrorSeconds',
  'ahtForecastActualSeconds',
  'ahtForecastHandled',
  'intervalsWithOutcomes',
  'intervalsMeetingServiceLevel',
];

/** The derived terms of one queue-level interval. */
export function derivedTerms(c: Readonly<KpiCounters>, serviceLevelTarget: number): Record<CounterName, number> {
  const terms = {} as Record<CounterName, number>;
  const forecasted = c.forecastedIntervals > 0;
  // Forecast error over the forecast's own interval (15, 30 or 60 minutes from this row: forecast-blocks.ts).
  const actual = blockActuals(c);
  const forecastAht = c.forecastContacts > 0 ? c.forecastWorkloadSeconds / c.forecastContacts : 0;
  const outcomes = countedOutcomes(c);
  const handled = forecasted && actual.handled > 0;
  terms.volumeForecastAbsError = forecasted ? Math.abs(actual.firstOffers - c.forecastContacts) : 0;
  terms.volumeForecastActual = forecasted ? actual.firstOffers : 0;
  terms.ahtForecastAbsErrorSeconds = handled ? Math.abs(actual.handleSeconds - forecastAht * actual.handled) : 0;
  terms.ahtForecastActualSeconds = handled ? actual.handleSeconds : 0;
  terms.ahtForecastHandled = handled ? actual.handled : 0;
  terms.intervalsWithOutcomes = outcomes > 0 ? 1 : 0;
  terms.intervalsMeetingServiceLevel = outcomes > 0 && c.answeredWithinThreshold / outcomes >= serviceLevelTarget ? 1 : 0;
  return terms;
}

/**
 * Brings the derived terms of every queue-level interval in `rows` up to date, and moves the
 * change into the matching day row, which must be in `rows` too (aggregate-deltas always touches
 * interval and day together).
 */
export function settleDerivedTerms(rows: Map<string, Aggregate>, settings: EvaluationSettings): void {
  for (const [text, row] of rows) {
    const key = parseAggregateKey(text);
    if (key.granularity !== 'interval' || key.dimension !== 'all' || key.queueId === ANY) {
      continue;
    }
    const target = settings.queue(key.tenantId, key.queueId, key.channel).serviceLevelTarget;
    const fresh = derivedTerms(row.counters, target);
    const change: CounterDelta = {};
    for (const name of DERIVED) {
      change[name] = fresh[name] - row.counters[name];
    }
    addCounters(row.counters, change);
    const dayKey = aggregateKeyString({ ...key, granularity: 'day', periodStart: dayStart(key.periodStart) });
    const day = rows.get(dayKey);
    if (day === undefined) {
      throw new Error(`settleDerivedTerms: day row ${dayKey} missing for interval ${text}`);
    }
    addCounters(day.counters, change);
  }
}

// One closed interval of one tenant: every series (each queue × channel and the tenant total)
// through its monitors, and for every firing signal the ranked root-cause candidates of its window.
// The caller supplies the rows (RowsAt) and persists the states; this is the whole decision of the
// alerter for an interval, used alike by the app and by the detection benchmark.
import type { BreachThreshold, DataQualityReason, MonitorConfig, MonitorState, Signal } from '@vahti/detection';
import { emptyCounters, INTERVAL_MS, kpiDefinition, type KpiCounters } from '@vahti/kpi';
import { OFFERED_VOLUME, rankCauses, type Candidate } from '@vahti/root-cause';
import type { AlertSignal } from '@vahti/alerting';
import { alertSignalOf } from '../alerts/alert-signal-of';
import { rootCauseInputOf } from '../explain/root-cause-input-of';
import { intervalSeries, seriesKey, seriesOfKey, type SeriesRef } from '../series/interval-series';
import type { RowsAt } from '../series/tenant-rows';
import { reviewSeries } from './review-series';

const WEEK_MS = 7 * 86_400_000;

export interface TenantInterval {
  readonly tenantId: string;
  readonly intervalStart: number;
  readonly rowsAt: RowsAt;
  /** Monitor states by seriesKey, then metric. */
  readonly states: ReadonlyMap<string, ReadonlyMap<string, MonitorState>>;
  /** Weeks of the same slot the baseline and the root-cause analysis compare with. */
  readonly weeks: number;
  readonly threshold: (series: SeriesRef, metric: string) => BreachThreshold | null;
  /** T of the series' service level (the queueing model needs it). */
  readonly serviceLevelSeconds: (series: SeriesRef) => number;
  readonly dataQuality?: readonly DataQualityReason[];
  readonly utcOffsetMinutes?: number;
  readonly config?: MonitorConfig;
}

export interface ReviewedSignal {
  readonly series: SeriesRef;
  readonly signal: Signal;
  /** Ranked causes (firing signals of KPIs in the causal graph), best first. */
  readonly candidates: readonly Candidate[];
  /** Why the root-cause analysis failed, when it did (the alert goes out without candidates). */
  readonly analysisError?: string;
  /** What the alerting lib takes; null for pending signals. */
  readonly alert: AlertSignal | null;
}

export interface TenantIntervalOutcome {
  readonly states: Map<string, ReadonlyMap<string, MonitorState>>;
  readonly signals: readonly ReviewedSignal[];
}

/** Reviews one closed interval of a tenant. Series with state but no rows are stepped with zero counters, so their alerts can end. */
export function reviewTenantInterval(input: TenantInterval): TenantIntervalOutcome {
  const at = input.intervalStart;
  const present = intervalSeries(input.rowsAt(at));
  const known = new Map<string, SeriesRef>(present.map((s) => [seriesKey(s), s]));
  for (const key of input.states.keys()) {
    if (!known.has(key)) {
      known.set(key, seriesOfKey(key));
    }
  }
  const states = new Map<string, ReadonlyMap<string, MonitorState>>();
  const signals: ReviewedSignal[] = [];
  const pastSeries = referenceSeries(input, at);
  for (const [key, series] of known) {
    const counters = present.find((s) => seriesKey(s) === key)?.counters ?? emptyCounters();
    const outcome = reviewSeries(
      input.states.get(key) ?? new Map(),
      {
        intervalStart: at,
        counters,
        references: pastSeries.flatMap(({ weeksAgo, slotOffset, series: past }) => {
          const counters = past.get(key);
          return counters === undefined ? [] : [{ weeksAgo, ...(slotOffset !== 0 && { slotOffset }), counters }];
        }),
        threshold: (metric) => input.threshold(series, metric),
        ...(input.dataQuality !== undefined && { dataQuality: input.dataQuality }),
        ...(input.utcOffsetMinutes !== undefined && { utcOffsetMinutes: input.utcOffsetMinutes }),
      },
      input.config,
    );
    states.set(key, outcome.states);
    for (const signal of outcome.signals) {
      const causes = signal.status === 'firing' ? causesOf(input, series, signal) : { candidates: [] };
      signals.push({
        series,
        signal,
        candidates: causes.candidates,
        ...(causes.error !== undefined && { analysisError: causes.error }),
        alert: alertSignalOf(input.tenantId, series, signal, causes.candidates),
      });
    }
  }
  return { states, signals };
}

/**
 * Neighbouring slots passed with the same slot: baselines take their level from the same slot only
 * and use the neighbours for how much the slot scatters (libs/detection proportion-baseline.ts), so
 * ±30 minutes give five times the reference intervals for the dispersion without mixing the opening
 * burst into the level of the quarter after it.
 */
export const REFERENCE_SLOT_OFFSETS = [-2, -1, 0, 1, 2] as const;

interface ReferenceWeek {
  readonly weeksAgo: number;
  readonly slotOffset: number;
  readonly series: Map<string, KpiCounters>;
}

// The series of the same slot and its neighbours in each of the last `weeks` weeks (each interval's rows read once).
function referenceSeries(input: TenantInterval, at: number): ReferenceWeek[] {
  const weeks: ReferenceWeek[] = [];
  for (let week = 1; week <= input.weeks; week += 1) {
    for (const slotOffset of REFERENCE_SLOT_OFFSETS) {
      const past = intervalSeries(input.rowsAt(at - week * WEEK_MS + slotOffset * INTERVAL_MS));
      weeks.push({ weeksAgo: week, slotOffset, series: new Map(past.map((s) => [seriesKey(s), s.counters as KpiCounters])) });
    }
  }
  return weeks;
}

/**
 * The interval starts a review of `intervalStart` reads rows of: the interval and its neighbours ±2
 * in each past week, and the root-cause windows (up to maxWindowIntervals back, now and in each past
 * week). A caller that loads rows from storage loads these.
 */
export function reviewPeriods(intervalStart: number, weeks: number, maxWindowIntervals: number): number[] {
  const periods = new Set<number>();
  const back = Math.max(maxWindowIntervals, 3);
  for (let week = 0; week <= weeks; week += 1) {
    // Past weeks also give the slots after the interval (the neighbours +1, +2); the current week has none yet.
    for (let k = week === 0 ? 0 : -2; k < back; k += 1) {
      periods.add(intervalStart - week * WEEK_MS - k * INTERVAL_MS);
    }
  }
  return [...periods].sort((a, b) => a - b);
}

function causesOf(input: TenantInterval, series: SeriesRef, signal: Signal): { candidates: Candidate[]; error?: string } {
  if (signal.detector === 'data_quality' || (signal.metric !== OFFERED_VOLUME && kpiDefinition(signal.metric) === undefined)) {
    return { candidates: [] };
  }
  const request = rootCauseInputOf({
    kpi: signal.metric,
    series,
    since: signal.since,
    intervalStart: signal.intervalStart,
    weeks: input.weeks,
    serviceLevelSeconds: input.serviceLevelSeconds(series),
    rowsAt: input.rowsAt,
  });
  if (request === null) {
    return { candidates: [] };
  }
  // A fault in the analysis must not hold the alert back: it goes out without candidates, saying why.
  try {
    return { candidates: rankCauses(request) };
  } catch (error) {
    return { candidates: [], error: error instanceof Error ? error.message : String(error) };
  }
}

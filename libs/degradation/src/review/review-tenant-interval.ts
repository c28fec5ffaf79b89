// One closed interval of one tenant: every series (each queue × channel and the tenant total)
// through its monitors, and for every firing signal the ranked root-cause candidates of its window.
// The caller supplies the rows (RowsAt) and persists the states; this is the whole decision of the
// alerter for an interval, used alike by the app and by the detection benchmark.
import type { BreachThreshold, DataQualityReason, MonitorConfig, MonitorState, Signal } from '@vahti/detection';
import { emptyCounters, kpiDefinition, type KpiCounters } from '@vahti/kpi';
import { rankCauses, type Candidate } from '@vahti/root-cause';
import type { AlertSignal } from '@vahti/alerting';
import { alertSignalOf } from '../alerts/alert-signal-of';
import { rootCauseInputOf } from '../explain/root-cause-input-of';
import { intervalSeries, seriesKey, type SeriesRef } from '../series/interval-series';
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
  const rows = input.rowsAt(input.intervalStart);
  const present = intervalSeries(rows);
  const known = new Map<string, SeriesRef>(present.map((s) => [seriesKey(s), s]));
  for (const key of input.states.keys()) {
    if (!known.has(key)) {
      const [queueId = '', channel = ''] = key.split('\u001f');
      known.set(key, { queueId, channel });
    }
  }
  const states = new Map<string, ReadonlyMap<string, MonitorState>>();
  const signals: ReviewedSignal[] = [];
  const pastSeries = referenceSeries(input);
  for (const [key, series] of known) {
    const counters = present.find((s) => seriesKey(s) === key)?.counters ?? emptyCounters();
    const outcome = reviewSeries(
      input.states.get(key) ?? new Map(),
      {
        intervalStart: input.intervalStart,
        counters,
        references: pastSeries.flatMap(({ weeksAgo, series: past }) => {
          const counters = past.get(key);
          return counters === undefined ? [] : [{ weeksAgo, counters }];
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

// The series of the same slot in each of the last `weeks` weeks (each week's rows read once).
function referenceSeries(input: TenantInterval): Array<{ weeksAgo: number; series: Map<string, KpiCounters> }> {
  const weeks: Array<{ weeksAgo: number; series: Map<string, KpiCounters> }> = [];
  for (let week = 1; week <= input.weeks; week += 1) {
    const past = intervalSeries(input.rowsAt(input.intervalStart - week * WEEK_MS));
    weeks.push({ weeksAgo: week, series: new Map(past.map((s) => [seriesKey(s), s.counters as KpiCounters])) });
  }
  return weeks;
}

function causesOf(input: TenantInterval, series: SeriesRef, signal: Signal): { candidates: Candidate[]; error?: string } {
  if (signal.detector === 'data_quality' || kpiDefinition(signal.metric) === undefined) {
    return { candidates: [] };
  }
  const request = rootCauseInputOf({
    kpi: signal.metric,
    series,
    since: signal.since,
    intervalStart: input.intervalStart,
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

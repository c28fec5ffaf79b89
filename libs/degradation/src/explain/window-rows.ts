// The rows a root-cause analysis reads for one series over a window of intervals: the series'
// counters, the tenant's agent time, and the drill-down rows of each dimension, summed over the
// window. A queue series is drilled by contact reason and team; the tenant total also by queue and
// channel. A team row adds the team's contact counters in the series and its agent time (`*`):
// the two never share a counter, and root-cause drills handle time and adherence from one row.
// (Agent rows exist per day only, too few contacts per agent and interval: not drilled here.)
import { ANY, addCounters, emptyCounters, INTERVAL_MS, type KpiCounters } from '@vahti/kpi';
import type { BreakdownDimension } from '@vahti/root-cause';
import { isTotal, seriesCountersIn, type SeriesRef } from '../series/interval-series';
import type { RowsAt, TenantRow } from '../series/tenant-rows';

export interface WindowRows {
  readonly series: KpiCounters;
  readonly agentTime: KpiCounters;
  readonly breakdowns: ReadonlyMap<BreakdownDimension, ReadonlyMap<string, KpiCounters>>;
  /** Whether any row was found in the window. */
  readonly seen: boolean;
}

/** The series' rows summed over the intervals starting in [from, to). */
export function windowRows(rowsAt: RowsAt, series: SeriesRef, from: number, to: number): WindowRows {
  const total = emptyCounters();
  const agentTime = emptyCounters();
  const breakdowns = new Map<BreakdownDimension, Map<string, KpiCounters>>();
  let seen = false;
  for (let at = from; at < to; at += INTERVAL_MS) {
    const rows = rowsAt(at).map((row) => withoutOpenForecastBlock(row, at, to));
    seen ||= rows.length > 0;
    const own = seriesCountersIn(rows, series);
    if (own !== undefined) {
      addCounters(total, own);
    }
    for (const row of rows) {
      if (row.queueId === ANY && row.dimension === 'all') {
        addCounters(agentTime, row.counters);
      }
      for (const placed of breakdownsOf(row, series)) {
        const byValue = breakdowns.get(placed.dimension) ?? new Map<string, KpiCounters>();
        const counters = byValue.get(placed.value) ?? emptyCounters();
        addCounters(counters, row.counters);
        byValue.set(placed.value, counters);
        breakdowns.set(placed.dimension, byValue);
      }
    }
  }
  return { series: total, agentTime, breakdowns, seen };
}

/** The forecast counters a forecast block books on the row where it starts (libs/kpi forecast-blocks.ts). */
const FORECAST_BLOCK_COUNTERS = [
  'forecastContacts',
  'forecastWorkloadSeconds',
  'forecastedIntervals',
  'forecastedMinutes',
  'volumeForecastAbsError',
  'volumeForecastActual',
  'ahtForecastAbsErrorSeconds',
  'ahtForecastActualSeconds',
  'ahtForecastHandled',
] as const satisfies ReadonlyArray<keyof KpiCounters>;

/**
 * A row without its forecast block when the block ends after the window: an hourly forecast read
 * at 13:45 has three quarters of its actuals, and would look like a 25 % miss (the live window of
 * an alert usually ends inside a block). Complete blocks stay.
 */
export function withoutOpenForecastBlock(row: TenantRow, at: number, windowEnd: number): TenantRow {
  const minutes = row.counters.forecastedMinutes;
  if (minutes <= 0 || at + minutes * 60_000 <= windowEnd) {
    return row;
  }
  const counters = { ...row.counters };
  for (const name of FORECAST_BLOCK_COUNTERS) {
    counters[name] = 0;
  }
  return { ...row, counters };
}

// Which drill-down elements of the series a row is part of.
function breakdownsOf(row: TenantRow, series: SeriesRef): Array<{ dimension: BreakdownDimension; value: string }> {
  const inSeries = isTotal(series) || (row.queueId === series.queueId && row.channel === series.channel);
  if (row.dimension === 'team' && (inSeries || row.queueId === ANY)) {
    return [{ dimension: 'team', value: row.dimensionValue }];
  }
  if (row.dimension === 'reason' && inSeries) {
    return [{ dimension: 'reason', value: row.dimensionValue }];
  }
  if (row.dimension === 'all' && isTotal(series) && row.queueId !== ANY) {
    return [
      { dimension: 'queue', value: row.queueId },
      { dimension: 'channel', value: row.channel },
    ];
  }
  return [];
}

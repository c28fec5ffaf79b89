// The input of a root-cause analysis (libs/root-cause) for one alert: the alert's window (from the
// change point to the interval just closed, at most MAX_WINDOW_INTERVALS) against the same window
// of the past weeks, averaged over the weeks that have data, so the baseline is one window's worth.
import { emptyCounters, INTERVAL_MS, type KpiCounters } from '@vahti/kpi';
import { BREAKDOWN_DIMENSIONS, type BreakdownRow, type RootCauseInput } from '@vahti/root-cause';
import { isTotal, type SeriesRef } from '../series/interval-series';
import type { RowsAt } from '../series/tenant-rows';
import { windowRows, type WindowRows } from './window-rows';

const WEEK_MS = 7 * 86_400_000;
/** Two hours: long enough to hold a sustained change, short enough that the window is about the alert. */
export const MAX_WINDOW_INTERVALS = 8;

export interface ExplainRequest {
  readonly kpi: string;
  readonly series: SeriesRef;
  /** Start of the first interval of the episode (the detector's change point). */
  readonly since: number;
  /** Start of the interval just evaluated. */
  readonly intervalStart: number;
  readonly weeks: number;
  readonly serviceLevelSeconds: number;
  readonly rowsAt: RowsAt;
}

/** The root-cause input of an alert, or null when no past week has rows for the window. */
export function rootCauseInputOf(request: ExplainRequest): RootCauseInput | null {
  const to = request.intervalStart + INTERVAL_MS;
  const from = Math.max(request.since, to - MAX_WINDOW_INTERVALS * INTERVAL_MS);
  const current = windowRows(request.rowsAt, request.series, from, to);
  const past: WindowRows[] = [];
  for (let week = 1; week <= request.weeks; week += 1) {
    const rows = windowRows(request.rowsAt, request.series, from - week * WEEK_MS, to - week * WEEK_MS);
    if (rows.seen) {
      past.push(rows);
    }
  }
  if (past.length === 0) {
    return null;
  }
  const baseline = meanOf(past);
  const breakdowns: Partial<Record<(typeof BREAKDOWN_DIMENSIONS)[number], BreakdownRow[]>> = {};
  for (const dimension of BREAKDOWN_DIMENSIONS) {
    const now = current.breakdowns.get(dimension);
    const then = baseline.breakdowns.get(dimension);
    const values = new Set([...(now?.keys() ?? []), ...(then?.keys() ?? [])]);
    if (values.size > 0) {
      breakdowns[dimension] = [...values].sort().map((value) => ({
        value,
        baseline: then?.get(value) ?? emptyCounters(),
        current: now?.get(value) ?? emptyCounters(),
      }));
    }
  }
  return {
    kpi: request.kpi,
    windowSeconds: (to - from) / 1000,
    serviceLevelThresholdSeconds: request.serviceLevelSeconds,
    series: { baseline: baseline.series, current: current.series },
    // The tenant total already holds the agent time; a queue is served by the tenant's agents.
    ...(!isTotal(request.series) && { agentTime: { counters: { baseline: baseline.agentTime, current: current.agentTime } } }),
    breakdowns,
  };
}

// The mean of several windows' rows, counter by counter (rows missing in a week count as zero).
function meanOf(windows: readonly WindowRows[]): WindowRows {
  const scale = 1 / windows.length;
  const mean = (parts: readonly (KpiCounters | undefined)[]): KpiCounters => {
    const out = emptyCounters();
    for (const part of parts) {
      if (part !== undefined) {
        for (const name in part) {
          out[name as keyof KpiCounters] += part[name as keyof KpiCounters] * scale;
        }
      }
    }
    return out;
  };
  const breakdowns = new Map<(typeof BREAKDOWN_DIMENSIONS)[number], Map<string, KpiCounters>>();
  for (const dimension of BREAKDOWN_DIMENSIONS) {
    const values = new Set(windows.flatMap((w) => [...(w.breakdowns.get(dimension)?.keys() ?? [])]));
    if (values.size > 0) {
      breakdowns.set(dimension, new Map([...values].map((v) => [v, mean(windows.map((w) => w.breakdowns.get(dimension)?.get(v)))])));
    }
  }
  return {
    series: mean(windows.map((w) => w.series)),
    agentTime: mean(windows.map((w) => w.agentTime)),
    breakdowns,
    seen: true,
  };
}

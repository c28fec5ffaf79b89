// The recent observations of one series and metric, kept in the monitor state so windows of 1 to
// 16 intervals can be summed without reading history again. Entries are keyed by interval start,
// so a window is a time range: intervals that were never evaluated (a closed queue at night) are
// simply absent and weigh nothing. Empty observations are not stored, which keeps the state small.
// Each entry may carry the slot's usual observation (the mean of the reference weeks' same slot),
// so a window can also be read as it usually is at these times of the week.
import { INTERVAL_MS } from '@vahti/kpi';
import { emptyObservation, sampleOf, sumObservations, type Observation } from '../observations/observation';
import type { WatchedMetric } from '../observations/watched-metric';
import { metricValue } from '../observations/metric-value';

export interface WindowEntry {
  /** Interval start, epoch ms. */
  readonly at: number;
  readonly observation: Observation;
  /** The same slot's observation in an average reference week; absent without enough reference weeks. */
  readonly usual?: Observation;
}

export interface WindowValue {
  /** The metric's value over the window (ratio of sums; plain counts per interval), or null without sample. */
  readonly value: number | null;
  readonly sample: number;
  readonly observation: Observation;
}

/** The entries with `observation` at `at` appended, keeping only the last `keepIntervals` intervals up to `at`. */
export function appendToWindow(
  entries: readonly WindowEntry[],
  at: number,
  observation: Observation,
  keepIntervals: number,
  usual?: Observation,
): WindowEntry[] {
  const oldest = at - (keepIntervals - 1) * INTERVAL_MS;
  const kept = entries.filter((e) => e.at >= oldest && e.at < at);
  const planned = observation.kind === 'count' && observation.expected !== undefined;
  return sampleOf(observation) > 0 || planned ? [...kept, { at, observation, ...(usual !== undefined && { usual }) }] : kept;
}

/** The metric's value over the `intervals` intervals ending with the one starting at `endAt`. */
export function windowValue(metric: WatchedMetric, entries: readonly WindowEntry[], endAt: number, intervals: number): WindowValue {
  const start = endAt - (intervals - 1) * INTERVAL_MS;
  const observation = metric.planned === true ? planWindow(entries, start, endAt) : plainWindow(metric, entries, start, endAt);
  const value = metricValue(metric, observation);
  // A volume line is per interval: the window's count is averaged over its intervals (unevaluated ones count as 0).
  const perInterval = observation.kind === 'count' && metric.planned !== true && value !== null ? value / intervals : value;
  return { value: perInterval, sample: sampleOf(observation), observation };
}

/**
 * The same window as it usually is: the entries' usual observations summed the same way, or null
 * when an entry in it has none (too few reference weeks) or the window is empty.
 */
export function usualWindowValue(
  metric: WatchedMetric,
  entries: readonly WindowEntry[],
  endAt: number,
  intervals: number,
): WindowValue | null {
  const start = endAt - (intervals - 1) * INTERVAL_MS;
  const inWindow = entries.filter((e) => e.at >= start && e.at <= endAt);
  const usual: WindowEntry[] = [];
  for (const entry of inWindow) {
    if (entry.usual === undefined) {
      return null;
    }
    usual.push({ at: entry.at, observation: entry.usual });
  }
  return usual.length === 0 ? null : windowValue(metric, usual, endAt, intervals);
}

/** How many of the window's intervals had a sample (the rest: closed, or nothing happened). */
export function coveredIntervals(entries: readonly WindowEntry[], endAt: number, intervals: number): number {
  const start = endAt - (intervals - 1) * INTERVAL_MS;
  return entries.filter((e) => e.at >= start && e.at <= endAt && sampleOf(e.observation) > 0).length;
}

function plainWindow(metric: WatchedMetric, entries: readonly WindowEntry[], start: number, endAt: number): Observation {
  return sumObservations(
    metric.kind,
    entries.filter((e) => e.at >= start && e.at <= endAt).map((e) => e.observation),
  );
}

/**
 * Actual against plan over whole plan blocks only: every block that is complete by `endAt` and
 * ends inside the window, with the actuals of all its intervals (which may start before the
 * window). Comparing a sliding hour with an hourly forecast would pit 10:15–11:15 against the
 * forecast of 11:00–12:00, which at the morning ramp-up looks like a 40 % miss every day.
 */
function planWindow(entries: readonly WindowEntry[], start: number, endAt: number): Observation {
  let count = 0;
  let expected = 0;
  let blocks = 0;
  for (const entry of entries) {
    const o = entry.observation;
    if (o.kind !== 'count' || o.expected === undefined) {
      continue;
    }
    const last = entry.at + ((o.expectedIntervals ?? 1) - 1) * INTERVAL_MS;
    if (last > endAt || last < start) {
      continue;
    }
    blocks += 1;
    expected += o.expected;
    for (const e of entries) {
      if (e.at >= entry.at && e.at <= last && e.observation.kind === 'count') {
        count += e.observation.count;
      }
    }
  }
  return blocks === 0 ? emptyObservation('count') : { kind: 'count', count, expected };
}

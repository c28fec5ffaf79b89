// Where agent time comes from for a series, and how much of it serves the series. Staffed agents
// for the queueing model are the on-queue agent-seconds (available, busy, wrap-up: the occupancy
// KPI's denominator) times the series' share, over the window length.
//
// The default share is the series' handle time over the agents' busy and wrap-up time in the
// baseline, held fixed in the alert window: the queue keeps its usual part of the pool, so a drop
// of the pool's on-queue time reaches the queue in proportion, while the queue's own workload
// change does not move its staffing (a share re-taken in the alert window would follow the
// workload and hide a workload cause behind a staffing one).
import type { KpiCounters } from '@vahti/kpi';
import { busySecondsOf, handleSecondsOf, staffedSecondsOf } from '../metrics/node-metric';
import type { RootCauseInput, WindowPair } from './root-cause-input';

/** The counters that hold the series' agent-state and schedule time. */
export function agentCountersOf(input: RootCauseInput): WindowPair<KpiCounters> {
  return input.agentTime?.counters ?? input.series;
}

/** The part of the agent time that serves the series (see the file header); 1 without `agentTime`. */
export function agentShareOf(input: RootCauseInput): number {
  if (input.agentTime === undefined) {
    return 1;
  }
  if (input.agentTime.share !== undefined) {
    if (!(input.agentTime.share > 0 && input.agentTime.share <= 1)) {
      throw new RangeError(`agentTime.share must be in (0, 1], got ${input.agentTime.share}`);
    }
    return input.agentTime.share;
  }
  const busy = busySecondsOf(input.agentTime.counters.baseline);
  return busy > 0 ? Math.min(1, handleSecondsOf(input.series.baseline) / busy) : 1;
}

/** Staffed agent-seconds on the series in both windows, or null when either window has none. */
export function staffedAgentSecondsOf(input: RootCauseInput): WindowPair<number> | null {
  if (input.staffedAgentSeconds !== undefined) {
    const { baseline, current } = input.staffedAgentSeconds;
    return baseline > 0 && current > 0 ? input.staffedAgentSeconds : null;
  }
  const counters = agentCountersOf(input);
  const share = agentShareOf(input);
  const baseline = staffedSecondsOf(counters.baseline) * share;
  const current = staffedSecondsOf(counters.current) * share;
  return baseline > 0 && current > 0 ? { baseline, current } : null;
}

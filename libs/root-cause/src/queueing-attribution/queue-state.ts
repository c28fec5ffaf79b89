// The three queueing inputs of one window, in kpi-catalog §5.1's notation: λ = offers / window
// (every offer to the queue, transfers in included: each one is a wait in this queue), AHT from
// the AHT KPI (Σ talk + hold + wrap-up / handled), N = staffed agent-seconds / window, a time
// average of the agents on queue and so usually not an integer (queue-model.ts interpolates).
import type { KpiCounters } from '@vahti/kpi';
import { kpiValueOf } from '../metrics/kpi-value';

export interface QueueState {
  /** λ, contacts per second. */
  readonly arrivalRate: number;
  /** AHT, seconds. */
  readonly meanHandleSeconds: number;
  /** N, mean agents on queue over the window. */
  readonly agents: number;
}

/** The window's queue state, or null when it has no offers, no handled contact or no agent time. */
export function queueStateOf(counters: Readonly<KpiCounters>, staffedAgentSeconds: number, windowSeconds: number): QueueState | null {
  if (!(windowSeconds > 0)) {
    throw new RangeError(`windowSeconds must be > 0, got ${windowSeconds}`);
  }
  const aht = kpiValueOf('average_handle_time', counters);
  if (counters.offers <= 0 || aht === null || !(aht.value > 0) || !(staffedAgentSeconds > 0)) {
    return null;
  }
  return { arrivalRate: counters.offers / windowSeconds, meanHandleSeconds: aht.value, agents: staffedAgentSeconds / windowSeconds };
}

// Staffing: the fewest agents whose Erlang C service level meets a target, as WFM tools size the
// net requirement per interval (before shrinkage) from the forecast.
import { erlangCMetrics } from './erlang-c';

const { floor, max } = Math;
// The contract caps requiredAgents here; a forecast asking for more is not a contact centre.
const MAX_AGENTS = 100_000;

/** Fewest agents with P(wait ≤ thresholdSeconds) ≥ target for λ = arrivalRate/s and AHT seconds (0 for no traffic). */
export function requiredAgents(arrivalRate: number, ahtSeconds: number, thresholdSeconds: number, target: number): number {
  if (!(arrivalRate > 0) || !(ahtSeconds > 0)) {
    return 0;
  }
  // Below the offered load the queue is unstable; start at the first stable staffing.
  for (let agents = max(1, floor(arrivalRate * ahtSeconds) + 1); agents < MAX_AGENTS; agents += 1) {
    const metrics = erlangCMetrics({ arrivalRate, meanServiceTime: ahtSeconds, agents, serviceLevelThreshold: thresholdSeconds });
    if (metrics.serviceLevel >= target) {
      return agents;
    }
  }
  return MAX_AGENTS;
}

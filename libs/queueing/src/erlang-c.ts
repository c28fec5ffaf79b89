// Erlang C: the M/M/N queue without abandonment, the standard staffing model (kpi-catalog §5.1).
// Formulas as in the catalog, which cites these implementations of them: Wolfram ErlangC
// (https://reference.wolfram.com/language/ref/ErlangC.html), Perl Math::Telephony::ErlangC
// wait_probability / maxtime_probability / average_wait_time
// (https://metacpan.org/pod/Math::Telephony::ErlangC), IBM RPA erlangC
// (https://ibm.com/docs/SSTHBP_20.12/commands/base/math/erlangc.html).
import { assertQueueParameters, type QueueParameters } from './queue-parameters';

export interface ErlangCMetrics {
  /** A = λ·AHT, in Erlangs. */
  readonly offeredLoad: number;
  /** A / N (capped at 1 when the queue is unstable). */
  readonly occupancy: number;
  /** C(N, A) = P(wait > 0). */
  readonly waitProbability: number;
  /** P(wait ≤ T) = 1 − C·e^{−(N−A)·T/AHT}; every contact is answered, so this is every SL variant. */
  readonly serviceLevel: number;
  /** Mean wait, seconds: C·AHT / (N − A) = C / (N·μ − λ). */
  readonly averageSpeedOfAnswer: number;
  /** Mean number waiting: λ·ASA (Little's law). */
  readonly meanQueueLength: number;
}

/**
 * C(N, A), the probability that a contact has to wait, for N agents and A Erlangs. Computed from
 * the Erlang B recursion B(k) = A·B(k−1) / (k + A·B(k−1)) and C = N·B / (N − A·(1 − B)), which
 * never forms A^N or N! and so stays exact for hundreds of agents. For A ≥ N every contact waits: 1.
 */
export function erlangC(agents: number, offeredLoad: number): number {
  if (!Number.isInteger(agents) || agents < 1) {
    throw new RangeError(`agents must be an integer ≥ 1, got ${agents}`);
  }
  if (!(offeredLoad >= 0) || !Number.isFinite(offeredLoad)) {
    throw new RangeError(`offered load must be a finite number ≥ 0, got ${offeredLoad}`);
  }
  if (offeredLoad >= agents) {
    return 1;
  }
  let blocking = 1;
  for (let k = 1; k <= agents; k += 1) {
    blocking = (offeredLoad * blocking) / (k + offeredLoad * blocking);
  }
  return (agents * blocking) / (agents - offeredLoad * (1 - blocking));
}

/**
 * Steady-state Erlang C metrics. An unstable queue (A ≥ N) has no steady state: the waits grow
 * without bound, reported as wait probability 1, service level 0 and infinite ASA and queue.
 */
export function erlangCMetrics(p: QueueParameters): ErlangCMetrics {
  assertQueueParameters(p);
  const load = p.arrivalRate * p.meanServiceTime;
  const waitProbability = erlangC(p.agents, load);
  if (load >= p.agents) {
    return { offeredLoad: load, occupancy: 1, waitProbability, serviceLevel: 0, averageSpeedOfAnswer: Infinity, meanQueueLength: Infinity };
  }
  const spare = p.agents - load;
  const averageSpeedOfAnswer = (waitProbability * p.meanServiceTime) / spare;
  return {
    offeredLoad: load,
    occupancy: load / p.agents,
    waitProbability,
    serviceLevel: 1 - waitProbability * Math.exp((-spare * p.serviceLevelThreshold) / p.meanServiceTime),
    averageSpeedOfAnswer,
    meanQueueLength: p.arrivalRate * averageSpeedOfAnswer,
  };
}

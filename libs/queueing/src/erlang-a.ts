// Erlang A: the M/M/N+M queue, Erlang C plus exponential patience (mean 1/θ), solved numerically
// from its birth–death chain as kpi-catalog §5.1 describes. Sources the catalog gives: pyworkforce
// (https://pyworkforce.rodrigo-arenas.com/stable/guide/erlanga), WFM Labs
// (https://wiki.wfmlabs.org/wiki/Erlang-A), Mandelbaum & Zeltyn, "Staffing many-server queues with
// impatient customers: constraint satisfaction in call centers" (2008).
//
// Per-contact measures come from the arriving contact's point of view: by PASTA it sees the
// stationary state n. If n ≥ N it has j = n − N contacts ahead and waits in a "tagged" pure-death
// chain: with k ahead it moves up at rate N·μ + k·θ (an agent frees or someone ahead abandons;
// from k = 0 that move is being answered), and it abandons itself at rate θ.
import { erlangADistribution } from './erlang-a-distribution';
import { assertQueueParameters, type QueueParameters } from './queue-parameters';

export interface ErlangAParameters extends QueueParameters {
  /** Mean patience in seconds (θ = 1 / meanPatience); Infinity gives Erlang C. */
  readonly meanPatience: number;
}

export interface ErlangAMetrics {
  /** A = λ·AHT, in Erlangs. */
  readonly offeredLoad: number;
  /** Share of agent time busy: λ·(1 − P(abandon))·AHT / N. */
  readonly occupancy: number;
  /** P(wait > 0): the arriving contact finds all N agents busy. */
  readonly waitProbability: number;
  /** P(abandon) = θ·Lq / λ (abandon flux over arrival flux). */
  readonly abandonmentProbability: number;
  /** Answered within T / offered (catalog K01 variant 3); equals P(wait ≤ T) as patience → ∞. */
  readonly serviceLevel: number;
  /** Mean wait of answered contacts, seconds (catalog K02). */
  readonly averageSpeedOfAnswer: number;
  /** Mean wait over all offered contacts, abandoned ones included: Lq / λ (Little's law). */
  readonly meanWait: number;
  /** Lq, mean number waiting. */
  readonly meanQueueLength: number;
  /** States of the truncated chain (diagnostic). */
  readonly states: number;
}

/** Steady-state Erlang A metrics. Stable for any load when patience is finite. */
export function erlangAMetrics(p: ErlangAParameters): ErlangAMetrics {
  assertQueueParameters(p);
  if (!(p.meanPatience > 0)) {
    throw new RangeError(`meanPatience must be > 0 seconds (Infinity for none), got ${p.meanPatience}`);
  }
  const lambda = p.arrivalRate;
  const mu = 1 / p.meanServiceTime;
  const theta = 1 / p.meanPatience;
  const n = p.agents;
  const pi = erlangADistribution({ arrivalRate: lambda, serviceRate: mu, agents: n, abandonmentRate: theta });

  let noWait = 0;
  let busy = 0;
  for (let state = 0; state < n && state < pi.length; state += 1) {
    noWait += pi[state] ?? 0;
    busy += state * (pi[state] ?? 0);
  }
  // Delayed arrivals, by the number j ahead of them: P(answered | j) = Π_{k=0..j} (Nμ+kθ)/(Nμ+(k+1)θ),
  // and, since a competing-exponential race's duration is independent of its winner,
  // E[wait | answered, j] = Σ_{k=0..j} 1 / (Nμ + (k+1)θ).
  const ahead = new Float64Array(Math.max(pi.length - n, 0));
  let queueLength = 0;
  let answeredDelayed = 0;
  let answeredWaitSum = 0;
  let pAnswered = 1;
  let expectedWait = 0;
  for (let j = 0; j < ahead.length; j += 1) {
    const mass = pi[n + j] ?? 0;
    ahead[j] = mass;
    busy += n * mass;
    queueLength += j * mass;
    const leaveRate = n * mu + (j + 1) * theta;
    pAnswered *= (n * mu + j * theta) / leaveRate;
    expectedWait += 1 / leaveRate;
    answeredDelayed += mass * pAnswered;
    answeredWaitSum += mass * pAnswered * expectedWait;
  }
  const answered = noWait + answeredDelayed;
  return {
    offeredLoad: lambda * p.meanServiceTime,
    occupancy: busy / n,
    waitProbability: 1 - noWait,
    abandonmentProbability: (theta * queueLength) / lambda,
    serviceLevel: noWait + answeredWithin(ahead, n * mu, theta, p.serviceLevelThreshold),
    averageSpeedOfAnswer: answered > 0 ? answeredWaitSum / answered : 0,
    meanWait: queueLength / lambda,
    meanQueueLength: queueLength,
    states: pi.length,
  };
}

/**
 * P(a delayed contact is answered within t), summed over its start states with weights `ahead[j]`,
 * by uniformisation of the tagged chain (Jensen's method): with Λ ≥ every exit rate, the chain is
 * a discrete one stepping at the events of a Poisson(Λ) clock, so
 * P(answered by t) = Σ_m Poisson(m; Λt) · P(answered within m steps). All terms are positive, so
 * there is no cancellation, unlike the closed-form hypoexponential CDF.
 */
function answeredWithin(ahead: Float64Array, serveRate: number, theta: number, t: number): number {
  const states = ahead.length;
  if (states === 0 || t === 0) {
    return 0;
  }
  const uniformRate = serveRate + states * theta;
  const mean = uniformRate * t;
  // The Poisson(Λt) mass beyond mean + 10·sd + 20 is below 1e-20.
  const steps = Math.ceil(mean + 10 * Math.sqrt(mean) + 20);
  let mass = Float64Array.from(ahead);
  let next = new Float64Array(states);
  let answeredSoFar = 0;
  let result = 0;
  let logWeight = -mean; // log Poisson(0; Λt), kept in logs because e^−Λt underflows for large Λt
  const logMean = Math.log(mean);
  for (let m = 0; m <= steps; m += 1) {
    if (m > 0) {
      logWeight += logMean - Math.log(m);
      // One uniformised step: with k ahead, up one place with probability (Nμ + kθ)/Λ, abandon
      // with θ/Λ, else stay. Moving up from k + 1 has the same rate as leaving k: Nμ + (k+1)θ.
      answeredSoFar += (mass[0] ?? 0) * (serveRate / uniformRate);
      for (let k = 0; k < states; k += 1) {
        const leave = serveRate + (k + 1) * theta;
        next[k] = (mass[k] ?? 0) * (1 - leave / uniformRate) + (mass[k + 1] ?? 0) * (leave / uniformRate);
      }
      [mass, next] = [next, mass];
    }
    result += Math.exp(logWeight) * answeredSoFar;
  }
  return result;
}

// The stationary distribution of the Erlang A (M/M/N+M) birth–death chain (kpi-catalog §5.1):
// state n = contacts in the system, birth rate λ, death rate min(n, N)·μ + max(n − N, 0)·θ.
// π_n ∝ Π_{k=1..n} λ / d_k. The terms are summed in log space, because A^N/N! overflows a double
// from about 170 agents, and the chain is cut where the terms fall below e^−50 of the largest
// (≈ 2·10⁻²²), far below anything a double can add to a sum of order 1.

const NEGLIGIBLE_LOG = -50;
// A guard against a loop that would not end; a chain this long means nonsensical inputs.
const MAX_STATES = 50_000_000;

export interface ErlangAChain {
  readonly arrivalRate: number;
  readonly serviceRate: number;
  readonly agents: number;
  /** θ = 1 / mean patience; 0 = nobody abandons (Erlang C, which needs λ < N·μ). */
  readonly abandonmentRate: number;
}

/** π_0 … π_M of the chain, M the truncation point; the entries sum to 1. */
export function erlangADistribution(chain: ErlangAChain): Float64Array {
  const { arrivalRate: lambda, serviceRate: mu, agents, abandonmentRate: theta } = chain;
  if (theta === 0 && lambda >= agents * mu) {
    throw new RangeError(`without abandonment the queue is unstable: λ = ${lambda} ≥ N·μ = ${agents * mu}`);
  }
  const logLambda = Math.log(lambda);
  const logTerms: number[] = [0];
  let logTerm = 0;
  let maxLog = 0;
  for (let n = 1; ; n += 1) {
    const deathRate = Math.min(n, agents) * mu + Math.max(n - agents, 0) * theta;
    logTerm += logLambda - Math.log(deathRate);
    logTerms.push(logTerm);
    maxLog = Math.max(maxLog, logTerm);
    // Beyond N with deaths outpacing births the terms only shrink, so the rest is negligible too.
    if (n > agents && deathRate > lambda && logTerm < maxLog + NEGLIGIBLE_LOG) {
      break;
    }
    if (n > MAX_STATES) {
      throw new RangeError(`the Erlang A chain did not become negligible within ${MAX_STATES} states`);
    }
  }
  let sum = 0;
  for (const value of logTerms) {
    sum += Math.exp(value - maxLog);
  }
  const logNorm = maxLog + Math.log(sum);
  return Float64Array.from(logTerms, (value) => Math.exp(value - logNorm));
}

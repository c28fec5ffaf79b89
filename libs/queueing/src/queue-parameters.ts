// Inputs shared by the queueing formulas, in the catalog's notation (kpi-catalog §5.1):
// λ = arrivalRate, AHT = meanServiceTime (μ = 1/AHT), N = agents, A = λ·AHT, T = threshold.

export interface QueueParameters {
  /** λ, contacts per second. */
  readonly arrivalRate: number;
  /** AHT in seconds (1/μ). */
  readonly meanServiceTime: number;
  /** N, agents on the queue. */
  readonly agents: number;
  /** T of "X % answered within T seconds". */
  readonly serviceLevelThreshold: number;
}

/** Throws a RangeError naming the first input outside its domain. */
export function assertQueueParameters(p: QueueParameters): void {
  if (!(p.arrivalRate > 0) || !Number.isFinite(p.arrivalRate)) {
    throw new RangeError(`arrivalRate must be a finite number > 0, got ${p.arrivalRate}`);
  }
  if (!(p.meanServiceTime > 0) || !Number.isFinite(p.meanServiceTime)) {
    throw new RangeError(`meanServiceTime must be a finite number > 0, got ${p.meanServiceTime}`);
  }
  if (!Number.isInteger(p.agents) || p.agents < 1) {
    throw new RangeError(`agents must be an integer ≥ 1, got ${p.agents}`);
  }
  if (!(p.serviceLevelThreshold >= 0) || !Number.isFinite(p.serviceLevelThreshold)) {
    throw new RangeError(`serviceLevelThreshold must be a finite number ≥ 0, got ${p.serviceLevelThreshold}`);
  }
}

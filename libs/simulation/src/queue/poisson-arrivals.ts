// A homogeneous Poisson arrival stream: exponential gaps with mean 1/rate. Kept apart from the
// queue so that later slices can drive the same queue with intraday profiles instead.
import type { DiscreteEventEngine } from '../engine/discrete-event-engine';
import { sampleExponential } from '../random/distributions';
import type { RandomSource } from '../random/seeded-random';

export interface PoissonArrivalOptions {
  /** Arrivals per second. */
  readonly rate: number;
  /** No arrival at or after this time. */
  readonly until: number;
  readonly random: RandomSource;
}

/** Schedules Poisson arrivals from the engine's current time until `until`, calling `arrive` at each. */
export function schedulePoissonArrivals(engine: DiscreteEventEngine, options: PoissonArrivalOptions, arrive: () => void): void {
  const { rate, until, random } = options;
  if (!(rate > 0) || !Number.isFinite(rate)) {
    throw new RangeError(`arrival rate must be a finite number > 0, got ${rate}`);
  }
  const next = (): void => {
    const time = engine.now + sampleExponential(random, rate);
    if (time < until) {
      engine.schedule(time, onArrival);
    }
  };
  const onArrival = (): void => {
    arrive();
    next();
  };
  next();
}

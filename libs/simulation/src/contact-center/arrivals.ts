// Non-homogeneous Poisson arrivals with a piecewise-constant rate: constant within an hour and
// between volume-fault boundaries. Exponential gaps are memoryless, so at each step boundary the
// gap is simply redrawn with the new rate, which makes the process exact without thinning.
import type { DiscreteEventEngine } from '../engine/discrete-event-engine';
import { sampleExponential } from '../random/distributions';
import type { RandomSource } from '../random/seeded-random';
import { HOUR } from './scenario-calendar';

const { floor, min } = Math;

export interface ArrivalStream {
  /** Arrivals per second at `time` (constant until the next boundary). */
  readonly rateAt: (time: number) => number;
  /** Sorted extra times where the rate may step (besides every full hour). */
  readonly boundaries: readonly number[];
  readonly until: number;
  readonly random: RandomSource;
}

/** Schedules the stream's arrivals on the engine from its current time, calling `arrive` at each. */
export function scheduleArrivalStream(engine: DiscreteEventEngine, stream: ArrivalStream, arrive: () => void): void {
  const { rateAt, boundaries, until, random } = stream;
  const nextBoundary = (time: number): number => {
    let next = (floor(time / HOUR) + 1) * HOUR;
    for (const b of boundaries) {
      if (b > time) {
        next = min(next, b);
        break;
      }
    }
    return min(next, until);
  };
  const scheduleNext = (from: number): void => {
    let time = from;
    while (time < until) {
      const rate = rateAt(time);
      const boundary = nextBoundary(time);
      if (rate > 0) {
        const arrival = time + sampleExponential(random, rate);
        if (arrival < boundary) {
          engine.schedule(arrival, onArrival);
          return;
        }
      }
      time = boundary;
    }
  };
  const onArrival = (): void => {
    arrive();
    scheduleNext(engine.now);
  };
  scheduleNext(engine.now);
}

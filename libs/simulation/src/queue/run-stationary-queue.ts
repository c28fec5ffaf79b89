// One stationary queue run: Poisson arrivals at a constant rate into a MultiServerQueue, a warm-up
// that is simulated but not measured (the run starts empty, which is not the steady state), then
// the measured window; arrivals stop at its end and the queue drains so every measured contact has
// an outcome.
import { DiscreteEventEngine } from '../engine/discrete-event-engine';
import type { Sampler } from '../random/distributions';
import { deriveSeed, seededRandom } from '../random/seeded-random';
import type { ContactRecord } from './contact-record';
import { MultiServerQueue } from './multi-server-queue';
import { schedulePoissonArrivals } from './poisson-arrivals';
import { QueueStatisticsCollector, type QueueStatistics } from './queue-statistics';

export interface StationaryQueueRun {
  /** Everything random in the run follows from this seed. */
  readonly seed: number;
  /** λ, contacts per second. */
  readonly arrivalRate: number;
  readonly agents: number;
  /** Handle time in seconds, e.g. exponentialSampler(300). */
  readonly serviceTime: Sampler;
  /** Patience in seconds; absent = nobody abandons (Erlang C). */
  readonly patience?: Sampler;
  /** Simulated seconds before measuring starts. */
  readonly warmUp: number;
  /** Simulated seconds measured. */
  readonly duration: number;
  /** T of the service level, in seconds. */
  readonly serviceLevelThreshold: number;
  /** Sees every contact, warm-up ones included, e.g. to write them out. */
  readonly onContact?: (record: ContactRecord) => void;
}

// Sub-stream numbers of the run's seed; fixed forever, or the same seed would give other results.
const ARRIVAL_STREAM = 1;
const SERVICE_STREAM = 2;
const PATIENCE_STREAM = 3;

/** Simulates a stationary multi-server queue and returns its statistics over the measured window. */
export function runStationaryQueue(run: StationaryQueueRun): QueueStatistics {
  if (!(run.warmUp >= 0) || !(run.duration > 0) || !Number.isFinite(run.warmUp + run.duration)) {
    throw new RangeError(`warm-up must be ≥ 0 and duration > 0 seconds, got ${run.warmUp} and ${run.duration}`);
  }
  const end = run.warmUp + run.duration;
  const engine = new DiscreteEventEngine();
  const collector = new QueueStatisticsCollector(run.warmUp, end, run.agents, run.serviceLevelThreshold);
  const onContact = run.onContact;
  const observer =
    onContact === undefined
      ? collector
      : {
          contactFinished: (record: ContactRecord): void => {
            collector.contactFinished(record);
            onContact(record);
          },
          stateChanged: (time: number, waiting: number, busy: number): void => collector.stateChanged(time, waiting, busy),
        };
  const queue = new MultiServerQueue(
    engine,
    { agents: run.agents, serviceTime: run.serviceTime, patience: run.patience },
    { service: seededRandom(deriveSeed(run.seed, SERVICE_STREAM)), patience: seededRandom(deriveSeed(run.seed, PATIENCE_STREAM)) },
    observer,
  );
  schedulePoissonArrivals(engine, { rate: run.arrivalRate, until: end, random: seededRandom(deriveSeed(run.seed, ARRIVAL_STREAM)) }, () =>
    queue.offer(),
  );
  engine.runUntilIdle();
  return collector.result();
}

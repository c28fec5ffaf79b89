// Same seed → identical results, different seed → different results; and each random input has
// its own stream, so changing one input's sampler leaves the others' draws untouched.
import { exponentialSampler } from '../random/distributions';
import type { ContactRecord } from './contact-record';
import { runStationaryQueue, type StationaryQueueRun } from './run-stationary-queue';

const DAY = 86_400;
const BASE: StationaryQueueRun = {
  seed: 7,
  arrivalRate: 8.5 / 300,
  agents: 10,
  serviceTime: exponentialSampler(300),
  patience: exponentialSampler(120),
  warmUp: DAY,
  duration: 20 * DAY,
  serviceLevelThreshold: 20,
};

/** Statistics and every contact record of a run. */
function run(overrides: Partial<StationaryQueueRun>) {
  const records: ContactRecord[] = [];
  const statistics = runStationaryQueue({ ...BASE, ...overrides, onContact: (r) => records.push(r) });
  return { statistics, records };
}

describe('runStationaryQueue determinism', () => {
  it('gives identical statistics and contact records for the same seed', () => {
    const first = run({});
    const second = run({});
    expect(second.statistics).toEqual(first.statistics);
    expect(JSON.stringify(second.records)).toBe(JSON.stringify(first.records));
    expect(first.records.length).toBeGreaterThan(40_000);
  });

  it('gives different results for a different seed', () => {
    const first = run({});
    const other = run({ seed: 8 });
    expect(other.statistics).not.toEqual(first.statistics);
    expect(other.records[0]?.arrivalTime).not.toBe(first.records[0]?.arrivalTime);
  });

  it('keeps the arrival sequence when only the patience changes', () => {
    const arrivals = (overrides: Partial<StationaryQueueRun>): number[] =>
      run(overrides)
        .records.slice()
        .sort((a, b) => a.id - b.id)
        .map((r) => r.arrivalTime);
    expect(arrivals({ patience: exponentialSampler(30) })).toEqual(arrivals({}));
  });
});

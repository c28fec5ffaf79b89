import { DiscreteEventEngine } from '../engine/discrete-event-engine';
import { seededRandom } from '../random/seeded-random';
import type { ContactRecord } from './contact-record';
import { MultiServerQueue, type MultiServerQueueConfig } from './multi-server-queue';

/** Runs a queue with the given arrival times; returns what it reported. */
function simulate(config: MultiServerQueueConfig, arrivals: readonly number[]) {
  const engine = new DiscreteEventEngine();
  const records: ContactRecord[] = [];
  const states: Array<[number, number, number]> = [];
  const queue = new MultiServerQueue(
    engine,
    config,
    { service: seededRandom(1), patience: seededRandom(2) },
    { contactFinished: (r) => records.push(r), stateChanged: (t, waiting, busy) => states.push([t, waiting, busy]) },
  );
  for (const time of arrivals) {
    engine.schedule(time, () => queue.offer());
  }
  engine.runUntilIdle();
  return { records, states, queue };
}

describe('MultiServerQueue', () => {
  // Constant samplers make every time computable by hand.
  it('answers, queues and abandons as the clock dictates (1 agent, service 10 s, patience 15 s)', () => {
    const { records, states, queue } = simulate({ agents: 1, serviceTime: () => 10, patience: () => 15 }, [0, 1, 2, 30]);
    expect(records).toEqual([
      { outcome: 'answered', id: 0, arrivalTime: 0, wait: 0, answerTime: 0, serviceEndTime: 10 },
      // Waited 9 s: answered before its patience ran out at 16, so that abandonment was cancelled.
      { outcome: 'abandoned', id: 2, arrivalTime: 2, wait: 15, abandonTime: 17 },
      { outcome: 'answered', id: 1, arrivalTime: 1, wait: 9, answerTime: 10, serviceEndTime: 20 },
      { outcome: 'answered', id: 3, arrivalTime: 30, wait: 0, answerTime: 30, serviceEndTime: 40 },
    ]);
    expect(states).toEqual([
      [0, 0, 1],
      [1, 1, 1],
      [2, 2, 1],
      [10, 1, 1],
      [17, 0, 1],
      [20, 0, 0],
      [30, 0, 1],
      [40, 0, 0],
    ]);
    expect([queue.waiting, queue.busy]).toEqual([0, 0]);
  });

  it('serves first come, first served and skips contacts that abandoned in the middle of the queue', () => {
    // Patience is 5 s for the second contact in line and 100 s for everyone else.
    let patienceDraws = 0;
    const patience = (): number => (patienceDraws++ === 1 ? 5 : 100);
    const { records } = simulate({ agents: 2, serviceTime: () => 20, patience }, [0, 0, 1, 2, 3]);
    const answered = records.filter((r) => r.outcome === 'answered').map((r) => [r.id, r.wait]);
    expect(answered).toEqual([
      [0, 0],
      [1, 0],
      [2, 19],
      [4, 17],
    ]);
    expect(records.filter((r) => r.outcome === 'abandoned').map((r) => r.id)).toEqual([3]);
  });

  it('never abandons without a patience sampler', () => {
    const { records } = simulate({ agents: 1, serviceTime: () => 1000 }, [0, 1, 2, 3]);
    expect(records.every((r) => r.outcome === 'answered')).toBe(true);
    expect(records.map((r) => r.wait)).toEqual([0, 999, 1998, 2997]);
  });

  it('refuses a queue without agents', () => {
    expect(() => simulate({ agents: 0, serviceTime: () => 1 }, [])).toThrow(RangeError);
  });
});

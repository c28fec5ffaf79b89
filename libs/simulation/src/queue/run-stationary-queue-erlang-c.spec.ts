// Issue 3, "Done when": for a stationary M/M/c queue the simulated service level and ASA are within
// 2 % of Erlang C on a long run, and Little's law holds for the queue.
//
// Case: 10 agents, AHT 300 s, A = 8.5 Erlangs (λ = 8.5/300 per s, 2 448 contacts a day), T = 20 s.
// Erlang C: P(wait) 0.530, SL 0.521, ASA 106.0 s, occupancy 0.85.
//
// Run length: the per-day spread (batch means over days) is 7 points for SL and 43 % of the mean
// for ASA: at 85 % occupancy waits come in long, correlated bursts, so ASA is by far the noisier
// figure. The standard error after D days ≈ spread / √D, so D = 8 000 days (≈ 22 simulated years,
// 19.6 M contacts, ~6 s) gives ≈ 0.08 points for SL and ≈ 0.48 % for ASA: the 2 % tolerances are
// more than 4 standard errors (a fresh seed fails by chance with probability < 10⁻⁴). The test
// measures the batch-means error itself and checks that the tolerance is at least 3.5 of them
// (the estimate of the error is itself noisy, so the guard keeps some slack).
import { erlangCMetrics } from '@vahti/queueing';
import { batchMeansStandardError } from '../analysis/batch-means';
import { ContactBatches, type BatchKpis } from '../analysis/contact-batches';
import { exponentialSampler } from '../random/distributions';
import type { QueueStatistics } from './queue-statistics';
import { runStationaryQueue } from './run-stationary-queue';

const DAY = 86_400;
const DAYS = 8_000;
const CASE = { arrivalRate: 8.5 / 300, meanServiceTime: 300, agents: 10, serviceLevelThreshold: 20 };
const TOLERANCE = 0.02;

describe('stationary M/M/c queue against Erlang C', () => {
  const theory = erlangCMetrics(CASE);
  let simulated: QueueStatistics;
  let batches: BatchKpis;

  beforeAll(() => {
    const perDay = new ContactBatches(DAY, DAY, DAYS, CASE.serviceLevelThreshold);
    simulated = runStationaryQueue({
      seed: 20_250_303,
      arrivalRate: CASE.arrivalRate,
      agents: CASE.agents,
      serviceTime: exponentialSampler(CASE.meanServiceTime),
      warmUp: DAY, // the queue relaxes in hours; a day removes the empty-start bias
      duration: DAYS * DAY,
      serviceLevelThreshold: CASE.serviceLevelThreshold,
      onContact: (record) => perDay.add(record),
    });
    batches = perDay.kpis();
  }, 60_000);

  it('offers about λ·duration contacts, none abandoned', () => {
    expect(Math.abs(simulated.offered / (CASE.arrivalRate * DAYS * DAY) - 1)).toBeLessThan(0.005);
    expect(simulated.abandoned).toBe(0);
  });

  it('gives a service level P(wait ≤ 20 s) within 2 points of Erlang C', () => {
    expect(Math.abs(simulated.serviceLevel - theory.serviceLevel)).toBeLessThanOrEqual(TOLERANCE);
    expect(batchMeansStandardError(batches.serviceLevel)).toBeLessThan(TOLERANCE / 3.5);
  });

  it('gives an ASA within 2 % of Erlang C', () => {
    expect(Math.abs(simulated.averageSpeedOfAnswer / theory.averageSpeedOfAnswer - 1)).toBeLessThanOrEqual(TOLERANCE);
    expect(batchMeansStandardError(batches.averageSpeedOfAnswer) / theory.averageSpeedOfAnswer).toBeLessThan(TOLERANCE / 3.5);
  });

  it("obeys Little's law for the queue: time-average queue length = arrival rate × mean wait", () => {
    // Both sides come from different bookkeeping (queue-length changes vs per-contact waits); they
    // differ only by the contacts straddling the window edges.
    const littleL = simulated.arrivalRate * simulated.meanWait;
    expect(Math.abs(simulated.meanQueueLength / littleL - 1)).toBeLessThan(1e-3);
    expect(Math.abs(simulated.meanQueueLength / theory.meanQueueLength - 1)).toBeLessThan(TOLERANCE);
  });

  it('keeps agents busy A/N of the time', () => {
    expect(Math.abs(simulated.occupancy - theory.occupancy)).toBeLessThan(0.005);
  });
});

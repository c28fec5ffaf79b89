// Issue 3, "Done when": with exponential patience the simulated abandonment rate is within 2 % of
// Erlang A (checked here as 2 % of the value, stricter than 2 points), and Little's law holds.
//
// Run length: in pilot runs the per-day spread of the abandonment rate is 12 % of its mean, of
// ASA 14 %, of SL 2.4 points. D = 1 500 days (≈ 4 simulated years, 3.7 M contacts, ~1.5 s) gives standard
// errors ≈ 0.3 % of the mean, so the 2 % tolerance is ≥ 6 standard errors; the test checks it.
import { erlangAMetrics, type ErlangAMetrics, type ErlangAParameters } from '@vahti/queueing';
import { batchMeansStandardError } from '../analysis/batch-means';
import { ContactBatches, type BatchKpis } from '../analysis/contact-batches';
import { exponentialSampler } from '../random/distributions';
import type { QueueStatistics } from './queue-statistics';
import { runStationaryQueue } from './run-stationary-queue';

const DAY = 86_400;
const TOLERANCE = 0.02;

interface Scenario {
  readonly name: string;
  readonly parameters: ErlangAParameters;
  readonly days: number;
  readonly seed: number;
}

const SCENARIOS: readonly Scenario[] = [
  {
    // Erlang A: P(abandon) 9.1 %, SL 0.783, ASA 8.6 s, occupancy 0.772.
    name: '10 agents, A = 8.5 Erlangs, mean patience 2 min',
    parameters: { arrivalRate: 8.5 / 300, meanServiceTime: 300, agents: 10, serviceLevelThreshold: 20, meanPatience: 120 },
    days: 1_500,
    seed: 1,
  },
  {
    // Overload, where Erlang C has no steady state: P(abandon) 25.7 %, SL 0.584, ASA 11.7 s.
    name: '10 agents, A = 12 Erlangs (overload), mean patience 1 min',
    parameters: { arrivalRate: 12 / 300, meanServiceTime: 300, agents: 10, serviceLevelThreshold: 20, meanPatience: 60 },
    days: 500,
    seed: 2,
  },
];

describe.each(SCENARIOS)('stationary M/M/c+M queue against Erlang A: $name', ({ parameters, days, seed }) => {
  let theory: ErlangAMetrics;
  let simulated: QueueStatistics;
  let batches: BatchKpis;

  beforeAll(() => {
    theory = erlangAMetrics(parameters);
    const perDay = new ContactBatches(DAY, DAY, days, parameters.serviceLevelThreshold);
    simulated = runStationaryQueue({
      seed,
      arrivalRate: parameters.arrivalRate,
      agents: parameters.agents,
      serviceTime: exponentialSampler(parameters.meanServiceTime),
      patience: exponentialSampler(parameters.meanPatience),
      warmUp: DAY,
      duration: days * DAY,
      serviceLevelThreshold: parameters.serviceLevelThreshold,
      onContact: (record) => perDay.add(record),
    });
    batches = perDay.kpis();
  }, 60_000);

  it('gives an abandonment rate within 2 % of Erlang A', () => {
    expect(Math.abs(simulated.abandonmentRate / theory.abandonmentProbability - 1)).toBeLessThanOrEqual(TOLERANCE);
    expect(batchMeansStandardError(batches.abandonmentRate) / theory.abandonmentProbability).toBeLessThan(TOLERANCE / 4);
  });

  it('gives a service level (answered within 20 s / offered) within 2 points of Erlang A', () => {
    expect(Math.abs(simulated.serviceLevel - theory.serviceLevel)).toBeLessThanOrEqual(TOLERANCE);
    expect(batchMeansStandardError(batches.serviceLevel)).toBeLessThan(TOLERANCE / 4);
  });

  it('gives an ASA within 2 % of Erlang A', () => {
    expect(Math.abs(simulated.averageSpeedOfAnswer / theory.averageSpeedOfAnswer - 1)).toBeLessThanOrEqual(TOLERANCE);
    expect(batchMeansStandardError(batches.averageSpeedOfAnswer) / theory.averageSpeedOfAnswer).toBeLessThan(TOLERANCE / 4);
  });

  it("obeys Little's law for the queue, abandoned contacts' waits included", () => {
    const littleL = simulated.arrivalRate * simulated.meanWait;
    expect(Math.abs(simulated.meanQueueLength / littleL - 1)).toBeLessThan(1e-3);
    expect(Math.abs(simulated.meanQueueLength / theory.meanQueueLength - 1)).toBeLessThan(TOLERANCE);
    expect(Math.abs(simulated.occupancy - theory.occupancy)).toBeLessThan(0.005);
  });
});

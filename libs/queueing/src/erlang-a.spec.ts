import { erlangAMetrics, type ErlangAParameters } from './erlang-a';
import { erlangCMetrics } from './erlang-c';

// 100 calls per 30 min, AHT 180 s, 14 agents, T = 20 s, mean patience 5 min.
const PYWORKFORCE_CASE: ErlangAParameters = {
  arrivalRate: 100 / 1800,
  meanServiceTime: 180,
  agents: 14,
  serviceLevelThreshold: 20,
  meanPatience: 300,
};

describe('Erlang A', () => {
  it('matches the values pyworkforce pins for the same case', () => {
    // rodrigo-arenas/pyworkforce, pyworkforce/queuing/tests/test_abandonment.py,
    // test_erlanga_regression_metrics (rates per minute there; ASA there is the mean wait of all
    // offered contacts, 0.069919 min). Its service level is answered within T / offered, as here.
    const metrics = erlangAMetrics(PYWORKFORCE_CASE);
    expect(metrics.waitProbability).toBeCloseTo(0.14526, 5);
    expect(metrics.abandonmentProbability).toBeCloseTo(0.013984, 6);
    expect(metrics.occupancy).toBeCloseTo(0.704297, 6);
    expect(metrics.meanWait / 60).toBeCloseTo(0.069919, 6);
    expect(metrics.serviceLevel).toBeCloseTo(0.916792, 6);
  });

  it('converges to Erlang C as patience grows', () => {
    for (const agents of [10, 14, 20]) {
      const base = { arrivalRate: 8.5 / 300, meanServiceTime: 300, agents, serviceLevelThreshold: 20 };
      const c = erlangCMetrics(base);
      for (const meanPatience of [Infinity, 1e9]) {
        const a = erlangAMetrics({ ...base, meanPatience });
        expect(a.waitProbability).toBeCloseTo(c.waitProbability, 6);
        expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 6);
        expect(a.averageSpeedOfAnswer / c.averageSpeedOfAnswer).toBeCloseTo(1, 5);
        expect(a.meanQueueLength / c.meanQueueLength).toBeCloseTo(1, 5);
        expect(a.abandonmentProbability).toBeLessThan(1e-6);
      }
    }
  });

  it('is internally consistent: three routes to the same quantities', () => {
    const metrics = erlangAMetrics({
      arrivalRate: 8.5 / 300,
      meanServiceTime: 300,
      agents: 10,
      serviceLevelThreshold: 20,
      meanPatience: 120,
    });
    // Answered within a very long T = everyone answered = 1 − P(abandon): the tagged customer's
    // uniformised chain against the abandon flux θ·Lq / λ of the stationary distribution.
    const longT = erlangAMetrics({
      arrivalRate: 8.5 / 300,
      meanServiceTime: 300,
      agents: 10,
      serviceLevelThreshold: 3600,
      meanPatience: 120,
    });
    expect(longT.serviceLevel).toBeCloseTo(1 - metrics.abandonmentProbability, 9);
    // Busy agents from the distribution = carried load λ·(1 − P(abandon))·AHT.
    expect(metrics.occupancy * 10).toBeCloseTo(8.5 * (1 - metrics.abandonmentProbability), 9);
    // Little's law for the queue.
    expect(metrics.meanWait).toBeCloseTo(metrics.meanQueueLength / (8.5 / 300), 9);
    // The mean wait over everyone mixes the answered contacts' waits and the abandoned ones'.
    expect(metrics.averageSpeedOfAnswer).toBeLessThan(metrics.meanWait);
  });

  it('is stable in overload, where Erlang C has no steady state', () => {
    const metrics = erlangAMetrics({
      arrivalRate: 12 / 300,
      meanServiceTime: 300,
      agents: 10,
      serviceLevelThreshold: 20,
      meanPatience: 120,
    });
    expect(metrics.abandonmentProbability).toBeGreaterThan(1 - 10 / 12 - 1e-9); // at least the excess load
    expect(metrics.abandonmentProbability).toBeLessThan(1);
    expect(metrics.occupancy).toBeLessThanOrEqual(1);
  });

  it('handles a large centre without overflow', () => {
    const metrics = erlangAMetrics({
      arrivalRate: 1200 / 300,
      meanServiceTime: 300,
      agents: 1150,
      serviceLevelThreshold: 20,
      meanPatience: 90,
    });
    expect(metrics.waitProbability).toBeGreaterThan(0);
    expect(metrics.serviceLevel).toBeGreaterThan(0);
    expect(metrics.serviceLevel).toBeLessThanOrEqual(1);
  });

  it('refuses an unstable queue without patience and a non-positive patience', () => {
    const base = { arrivalRate: 10 / 300, meanServiceTime: 300, agents: 10, serviceLevelThreshold: 20 };
    expect(() => erlangAMetrics({ ...base, meanPatience: Infinity })).toThrow('unstable');
    expect(() => erlangAMetrics({ ...base, meanPatience: 0 })).toThrow('meanPatience');
  });
});

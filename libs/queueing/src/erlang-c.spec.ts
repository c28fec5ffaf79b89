import { erlangC, erlangCMetrics } from './erlang-c';

describe('Erlang C', () => {
  it('matches published values: 100 calls per 30 min, AHT 180 s, 14 agents, T = 20 s', () => {
    // Reference values (same case, two independent implementations):
    // - pyworkforce 0.1.0 README, https://pypi.org/project/pyworkforce/0.1.0/ :
    //   waiting_probability 0.1741319335950498, service_level 0.8883500191794669, occupancy 0.7142857142857143
    // - CRAN package ErlangC 0.1.0 README, https://rdocumentation.org/packages/ErlangC/versions/0.1.0 :
    //   wait_probability 0.1741319, service_level 0.88835, average_speed_of_answer 7.83593701177724 s
    const metrics = erlangCMetrics({ arrivalRate: 100 / 1800, meanServiceTime: 180, agents: 14, serviceLevelThreshold: 20 });
    expect(metrics.offeredLoad).toBeCloseTo(10, 12);
    expect(metrics.waitProbability).toBeCloseTo(0.1741319335950498, 12);
    expect(metrics.serviceLevel).toBeCloseTo(0.8883500191794669, 12);
    expect(metrics.occupancy).toBeCloseTo(0.7142857142857143, 12);
    expect(metrics.averageSpeedOfAnswer).toBeCloseTo(7.83593701177724, 9);
    expect(metrics.meanQueueLength).toBeCloseTo((100 / 1800) * 7.83593701177724, 9);
  });

  it('agrees with the closed form worked by hand: A = 2, N = 3 gives C = (8/6 · 3) / (1 + 2 + 2 + 4) = 4/9', () => {
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 14);
    // One agent: M/M/1, P(wait) = ρ.
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 14);
  });

  it('stays finite for large centres, where A^N / N! would overflow a double', () => {
    const c = erlangC(1000, 950);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('reports an unstable queue (A ≥ N) as everyone waiting, without a steady state', () => {
    expect(erlangC(10, 10)).toBe(1);
    const metrics = erlangCMetrics({ arrivalRate: 11 / 300, meanServiceTime: 300, agents: 10, serviceLevelThreshold: 20 });
    expect(metrics).toMatchObject({ waitProbability: 1, serviceLevel: 0, averageSpeedOfAnswer: Infinity });
  });

  it('refuses inputs outside the model', () => {
    expect(() => erlangC(0, 1)).toThrow(RangeError);
    expect(() => erlangC(2.5, 1)).toThrow(RangeError);
    expect(() => erlangCMetrics({ arrivalRate: -1, meanServiceTime: 300, agents: 10, serviceLevelThreshold: 20 })).toThrow('arrivalRate');
  });
});

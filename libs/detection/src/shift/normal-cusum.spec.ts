import type { MeanBaseline } from '../baseline/mean-baseline';
import { normalMeanIncrement } from './normal-cusum';

const baseline: MeanBaseline = {
  kind: 'mean',
  logMean: Math.log(300),
  expected: 300,
  offset: 0,
  perObservationSigma: 0.8,
  standardError: 0,
  weeksUsed: 4,
};
const mean = (seconds: number, count: number) => ({ kind: 'mean', sum: seconds * count, sumSquares: 0, count }) as const;

describe('normal (log-mean) CUSUM increment', () => {
  it('is d·(r − d/2) on the n-weighted standardised residual', () => {
    // 16 contacts at 360 s against 300 s, σ1 = 0.8: s = 0.8/√16 = 0.2; r = ln(1.2)/0.2 = 0.911608.
    // δ = 15 %: d = ln(1.15)/0.2 = 0.698806; increment = 0.698806·(0.911608 − 0.349403) = 0.392870.
    const { increment, residual } = normalMeanIncrement(mean(360, 16), baseline, 0.15, 'higher');
    expect(residual).toBeCloseTo(0.911608, 6);
    expect(increment).toBeCloseTo(0.39287, 5);
  });

  it('weighs small intervals little and empty ones not at all', () => {
    // One contact at 360 s: s = 0.8, r = 0.2279, d = 0.1747 → 0.1747·(0.2279 − 0.0874) = 0.02455.
    expect(normalMeanIncrement(mean(360, 1), baseline, 0.15, 'higher').increment).toBeCloseTo(0.02455, 4);
    expect(normalMeanIncrement(mean(0, 0), baseline, 0.15, 'higher')).toEqual({ increment: 0, residual: 0 });
  });

  it('widens the band by the baseline’s own uncertainty', () => {
    // SE(μ0) = 0.2 as well: s = √(0.04 + 0.04) = 0.28284; r = 0.18232/0.28284 = 0.64461;
    // d = 0.139762/0.28284 = 0.494136; increment = 0.494136·(0.64461 − 0.247068) = 0.196441.
    const { increment } = normalMeanIncrement(mean(360, 16), { ...baseline, standardError: 0.2 }, 0.15, 'higher');
    expect(increment).toBeCloseTo(0.196441, 5);
  });

  it('is one-sided in the worse direction', () => {
    // For a metric where lower is worse, 360 s against 300 s is good news: r = −0.9116 → negative increment.
    const { increment, residual } = normalMeanIncrement(mean(360, 16), baseline, 0.15, 'lower');
    expect(residual).toBeCloseTo(-0.911608, 6);
    expect(increment).toBeLessThan(0);
  });
});

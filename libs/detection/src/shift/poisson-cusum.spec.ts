import type { CountBaseline } from '../baseline/count-baseline';
import { MIN_EXPECTED_COUNT, poissonIncrement, poissonLogLikelihoodRatio } from './poisson-cusum';

const baseline = (expected: number, dispersion = 1): CountBaseline => ({
  kind: 'count',
  expected,
  dispersion,
  lower: 0,
  upper: 0,
  weeksUsed: 4,
});

describe('Poisson CUSUM increment', () => {
  it('is the Poisson log-likelihood ratio, scaled for dispersion and for a median of four weeks', () => {
    // λ0 = 20, δ = 0.3 → λ1 = 26. 30 contacts: 30·ln(1.3) − 6 = 7.87093 − 6 = 1.87093.
    expect(poissonLogLikelihoodRatio(30, 20, 26)).toBeCloseTo(1.87093, 5);
    // Scale φ·(1 + (π/2)/4) = 1.392699 → 1.34337; with φ = 2 → 0.67169.
    expect(poissonIncrement(30, baseline(20), 0.3, 'higher')).toBeCloseTo(1.87093 / 1.392699, 5);
    expect(poissonIncrement(30, baseline(20, 2), 0.3, 'higher')).toBeCloseTo(1.87093 / (2 * 1.392699), 5);
  });

  it('counts a quiet interval as evidence for the baseline, and an empty slot as about half a contact', () => {
    // 0 contacts against λ0 = 20: −(26 − 20) = −6 → −4.308.
    expect(poissonIncrement(0, baseline(20), 0.3, 'higher')).toBeCloseTo(-6 / 1.392699, 5);
    // λ0 = 0 in every reference week: judged against 0.5, so 3 contacts give 3·ln(1.3) − 0.15, finite.
    expect(poissonIncrement(3, baseline(0), 0.3, 'higher')).toBeCloseTo(
      (3 * Math.log(1.3) - MIN_EXPECTED_COUNT * 0.3) / (1 + Math.PI / 2 / 4),
      10,
    );
  });

  it('is one-sided: for lower-is-worse counts the alternative is λ0/(1 + δ)', () => {
    // λ1 = 20/1.3 = 15.3846; 12 contacts: 12·ln(1/1.3) − (15.3846 − 20) = −3.14837 + 4.61538 = 1.46701.
    expect(poissonIncrement(12, baseline(20), 0.3, 'lower')).toBeCloseTo(1.46701 / 1.392699, 5);
  });
});

import fc from 'fast-check';
import { logGamma } from './log-gamma';
import { poissonUpperTail } from './poisson-tail';

/** P(X ≥ x) by the textbook sum 1 − Σ_{k<x} e^{−λ} λ^k / k!, fine for the small cases checked here. */
function naiveUpperTail(x: number, mean: number): number {
  let term = Math.exp(-mean);
  let lower = 0;
  for (let k = 0; k < x; k += 1) {
    lower += term;
    term *= mean / (k + 1);
  }
  return 1 - lower;
}

describe('log-gamma', () => {
  it('matches known values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12); // Γ(1) = 1
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12); // Γ(5) = 4! = 24
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12); // Γ(1/2) = √π
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 8); // ln 100!
  });
});

describe('Poisson upper tail', () => {
  it('matches hand-computed values', () => {
    // P(X ≥ 3 | λ = 1) = 1 − e^{−1}(1 + 1 + 1/2) = 1 − 2.5/e
    expect(poissonUpperTail(3, 1)).toBeCloseTo(1 - 2.5 / Math.E, 12);
    // P(X ≥ 1 | λ = 2) = 1 − e^{−2}
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(2.2, 1)).toBeCloseTo(poissonUpperTail(3, 1), 14); // rounds up to a whole count
    expect(poissonUpperTail(1, 0)).toBe(0);
  });

  it('agrees with the naive sum on both sides of the mean', () => {
    expect(poissonUpperTail(20, 5)).toBeCloseTo(naiveUpperTail(20, 5), 14);
    expect(poissonUpperTail(4, 12)).toBeCloseTo(naiveUpperTail(4, 12), 12);
  });

  it('stays finite and small far out in the tail, where the naive sum loses every digit', () => {
    const p = poissonUpperTail(200, 50);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-40);
  });

  it('falls as the count rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0.1, max: 40, noNaN: true }), (x, mean) => {
        expect(poissonUpperTail(x + 1, mean)).toBeLessThanOrEqual(poissonUpperTail(x, mean) + 1e-12);
      }),
    );
  });
});

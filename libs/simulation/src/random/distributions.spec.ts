import {
  exponentialSampler,
  lognormalSampler,
  sampleExponential,
  samplePoisson,
  sampleStandardNormal,
  sampleWeighted,
} from './distributions';
import { seededRandom } from './seeded-random';

const N = 200_000;

/** Mean and variance of n draws. */
function moments(draw: () => number, n = N): { mean: number; variance: number } {
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < n; i += 1) {
    const x = draw();
    sum += x;
    sumSquares += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sumSquares / n - mean * mean };
}

// Tolerances are several standard errors wide (SE of a mean = sd/√N ≈ 0.22 % of sd at N = 200 000).
describe('distributions', () => {
  it('exponential(rate) has mean 1/rate and variance 1/rate²', () => {
    const random = seededRandom(1);
    const { mean, variance } = moments(() => sampleExponential(random, 1 / 300));
    expect(Math.abs(mean / 300 - 1)).toBeLessThan(0.01);
    expect(Math.abs(variance / 300 ** 2 - 1)).toBeLessThan(0.03);
  });

  it('standard normal has mean 0 and variance 1', () => {
    const random = seededRandom(2);
    const { mean, variance } = moments(() => sampleStandardNormal(random));
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
  });

  it('log-normal from mean and coefficient of variation reproduces both', () => {
    const random = seededRandom(3);
    const sample = lognormalSampler(300, 0.6);
    const { mean, variance } = moments(() => sample(random));
    expect(Math.abs(mean / 300 - 1)).toBeLessThan(0.01);
    expect(Math.abs(Math.sqrt(variance) / mean - 0.6)).toBeLessThan(0.02);
    expect(lognormalSampler(42, 0)(random)).toBeCloseTo(42, 10);
  });

  it.each([0.3, 4, 10, 37.5, 5000])('Poisson(%p) has mean and variance equal to its mean', (m) => {
    const random = seededRandom(4);
    const { mean, variance } = moments(() => samplePoisson(random, m), 100_000);
    expect(Math.abs(mean - m)).toBeLessThan(5 * Math.sqrt(m / 100_000) + 1e-9);
    expect(Math.abs(variance / m - 1)).toBeLessThan(0.03);
  });

  it('Poisson(0) is always 0 and counts are non-negative integers', () => {
    const random = seededRandom(5);
    expect(samplePoisson(random, 0)).toBe(0);
    const counts = Array.from({ length: 1000 }, () => samplePoisson(random, 12));
    expect(counts.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
    expect(() => samplePoisson(random, -1)).toThrow(RangeError);
  });

  it('weighted choice follows the weights and never picks a zero weight', () => {
    const random = seededRandom(6);
    const options = [
      { value: 'billing', weight: 3 },
      { value: 'never', weight: 0 },
      { value: 'tech', weight: 1 },
    ];
    const counts = new Map<string, number>();
    for (let i = 0; i < 100_000; i += 1) {
      const value = sampleWeighted(random, options);
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    expect(counts.get('never')).toBeUndefined();
    expect(Math.abs((counts.get('billing') ?? 0) / 100_000 - 0.75)).toBeLessThan(0.01);
    expect(() => sampleWeighted(random, [])).toThrow(RangeError);
    expect(() => sampleWeighted(random, [{ value: 1, weight: -1 }])).toThrow(RangeError);
  });

  it('is a pure function of the random source: the same seed gives the same variates', () => {
    const draw = (): number[] => {
      const random = seededRandom(9);
      const sample = exponentialSampler(60);
      return [sample(random), samplePoisson(random, 50), sampleStandardNormal(random)];
    };
    expect(draw()).toEqual(draw());
  });

  it('refuses meaningless parameters when a sampler is built', () => {
    expect(() => exponentialSampler(0)).toThrow(RangeError);
    expect(() => lognormalSampler(300, -0.1)).toThrow(RangeError);
  });
});

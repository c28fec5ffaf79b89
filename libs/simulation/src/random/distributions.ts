// Random variates as pure functions of a random source: the same source state gives the same
// value. The uniform stream itself is integer-exact everywhere; the transforms below use
// Math.log/exp/cos/sqrt, which V8 computes with its own bundled fdlibm port, so Node gives the same
// doubles on every machine (another JavaScript engine could differ in the last bit).
import type { RandomSource } from './seeded-random';

// Bound once at module level: inside jest's vm sandbox every global lookup (Math, Infinity) costs
// ~100 ns (jestjs/jest#5163, nodejs/node#31658), which made the long queueing tests 10× slower.
const { abs, cos, exp, floor, log, sqrt } = Math;

/** Draws one value (a duration in seconds, a count, …) from a random source. */
export type Sampler = (random: RandomSource) => number;

/** One option of a weighted choice; weights need not sum to 1. */
export interface WeightedOption<T> {
  readonly value: T;
  readonly weight: number;
}

const TWO_PI = 2 * Math.PI;
// Below this mean Knuth's product method is fastest; above it, PTRS (as numpy switches at 10).
const POISSON_PTRS_FROM = 10;

/** Exponential variate with the given rate (mean 1/rate), by inversion. */
export function sampleExponential(random: RandomSource, rate: number): number {
  // 1 − u lies in (0, 1], so the logarithm is finite.
  return -log(1 - random.next()) / rate;
}

/** Standard normal variate (Box–Muller, cosine branch only, so no state is carried between calls). */
export function sampleStandardNormal(random: RandomSource): number {
  const radius = sqrt(-2 * log(1 - random.next()));
  return radius * cos(TWO_PI * random.next());
}

/**
 * Log-normal variate with the given mean and coefficient of variation (sd / mean), the way handle
 * times are usually described. For X = exp(m + s·Z): s² = ln(1 + cv²) and m = ln(mean) − s²/2.
 */
export function sampleLognormal(random: RandomSource, mean: number, cv: number): number {
  const s2 = log(1 + cv * cv);
  return exp(log(mean) - s2 / 2 + sqrt(s2) * sampleStandardNormal(random));
}

/** Poisson count with the given mean (exact for every mean: product method below 10, PTRS above). */
export function samplePoisson(random: RandomSource, mean: number): number {
  if (!(mean >= 0) || !Number.isFinite(mean)) {
    throw new RangeError(`Poisson mean must be a finite number ≥ 0, got ${mean}`);
  }
  return mean < POISSON_PTRS_FROM ? poissonByProduct(random, mean) : poissonByPtrs(random, mean);
}

/** One value of a non-empty list of weighted options, with probability proportional to its weight. */
export function sampleWeighted<T>(random: RandomSource, options: readonly WeightedOption<T>[]): T {
  let total = 0;
  for (const option of options) {
    if (!(option.weight >= 0) || !Number.isFinite(option.weight)) {
      throw new RangeError(`weights must be finite and ≥ 0, got ${option.weight}`);
    }
    total += option.weight;
  }
  if (!(total > 0)) {
    throw new RangeError('weighted choice needs at least one positive weight');
  }
  let remaining = random.next() * total;
  let chosen: WeightedOption<T> | undefined;
  for (const option of options) {
    if (option.weight > 0) {
      chosen = option;
      remaining -= option.weight;
      if (remaining < 0) {
        break;
      }
    }
  }
  // Rounding can leave `remaining` a hair above 0 after the loop; the last positive option is then right.
  return (chosen as WeightedOption<T>).value;
}

/** A sampler of exponential durations with the given mean (the M in M/M/c). */
export function exponentialSampler(mean: number): Sampler {
  assertPositive('exponential mean', mean);
  const rate = 1 / mean;
  return (random) => sampleExponential(random, rate);
}

/** A sampler of log-normal durations with the given mean and coefficient of variation. */
export function lognormalSampler(mean: number, cv: number): Sampler {
  assertPositive('log-normal mean', mean);
  if (!(cv >= 0) || !Number.isFinite(cv)) {
    throw new RangeError(`log-normal coefficient of variation must be a finite number ≥ 0, got ${cv}`);
  }
  return (random) => sampleLognormal(random, mean, cv);
}

// Knuth: multiply uniforms until the product drops below e^−mean; about mean + 1 draws.
function poissonByProduct(random: RandomSource, mean: number): number {
  const limit = exp(-mean);
  let count = 0;
  let product = random.next();
  while (product > limit) {
    count += 1;
    product *= random.next();
  }
  return count;
}

// Hörmann (1993), "The transformed rejection method for generating Poisson random variables",
// Insurance: Mathematics and Economics 12(1), algorithm PTRS; constants as in the paper (and numpy's
// random_poisson_ptrs). About 1.15 uniform pairs per variate, whatever the mean.
function poissonByPtrs(random: RandomSource, mean: number): number {
  const logMean = log(mean);
  const b = 0.931 + 2.53 * sqrt(mean);
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random.next() - 0.5;
    const v = random.next();
    const us = 0.5 - abs(u);
    const k = floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) {
      return k;
    }
    if (k < 0 || (us < 0.013 && v > us)) {
      continue;
    }
    if (log(v) + log(invAlpha) - log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) {
      return k;
    }
  }
}

// ln(k!) from a table for small k, and by Stirling's series above (absolute error < 1e-10 from k = 10),
// far finer than the acceptance test it feeds needs.
const LOG_FACTORIALS: readonly number[] = (() => {
  const table = [0];
  for (let k = 1; k < 10; k += 1) {
    table.push((table[k - 1] ?? 0) + log(k));
  }
  return table;
})();

function logFactorial(k: number): number {
  const exact = LOG_FACTORIALS[k];
  if (exact !== undefined) {
    return exact;
  }
  const x = k + 1;
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (x - 0.5) * log(x) - x + 0.5 * log(TWO_PI) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}

function assertPositive(name: string, value: number): void {
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
  }
}

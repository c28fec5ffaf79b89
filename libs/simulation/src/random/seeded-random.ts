// A tiny seeded PRNG (mulberry32). It uses only 32-bit integer arithmetic (Math.imul, >>>), so the
// same seed gives the same sequence on every machine and engine; simulations and fixtures alike
// depend on that for byte-identical output.

// Bound once at module level: inside jest's vm sandbox every global lookup (Math, Infinity) costs
// ~100 ns (jestjs/jest#5163, nodejs/node#31658), which made the long queueing tests 10× slower.
const { floor, imul } = Math;

/** Anything that yields uniform floats in [0, 1): what the distributions need. */
export interface RandomSource {
  /** Uniform float in [0, 1). */
  readonly next: () => number;
}

export interface SeededRandom extends RandomSource {
  /** Uniform integer in [min, max]. */
  readonly int: (min: number, max: number) => number;
  /** True with probability p. */
  readonly chance: (p: number) => boolean;
  /** One element of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
}

/** A deterministic random source for a given integer seed. */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) {
        throw new Error('pick from an empty list');
      }
      return item;
    },
  };
}

/**
 * The seed of an independent sub-stream (`stream` = 1, 2, …) of a run's seed. Each random input of
 * a model (arrivals, handle times, patience) draws from its own stream, so changing how one of them
 * is sampled does not shift the others: a fault injected into handle times leaves the arrival
 * sequence untouched. The mixing is murmur3's 32-bit finaliser, integer-only like the generator.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

import fc from 'fast-check';
import { seededRandom } from '@vahti/simulation';
import type { ProportionBaseline } from '../baseline/proportion-baseline';
import { bernoulliIncrement, binomialLogLikelihoodRatio, degradedRate } from './bernoulli-cusum';
import { DEFAULT_SHIFT_CONFIG, stepShift, WATCHING, type ShiftState } from './shift-detector';

const baseline = (p0: number, referenceTrials = 1e12, dispersion = 1): ProportionBaseline => ({
  kind: 'proportion',
  p0,
  referenceTrials,
  dispersion,
  weeksUsed: 4,
  droppedWeek: null,
});

describe('Bernoulli CUSUM increment', () => {
  it('is the binomial log-likelihood ratio of p1 against p0', () => {
    // p0 = 5 %, δ = 0.5 → p1 = 7.5 %. 6 bad of 50: 6·ln(1.5) + 44·ln(0.925/0.95)
    //   = 6·0.405465 + 44·(−0.026668) = 2.43279 − 1.17340 = 1.25939.
    expect(degradedRate(0.05, 0.5)).toBeCloseTo(0.075, 15);
    expect(binomialLogLikelihoodRatio(6, 50, 0.05, 0.075)).toBeCloseTo(1.25939, 5);
    // One bad of 50 is evidence for p0: 0.405465 + 49·(−0.026668) = 0.405465 − 1.306742 = −0.901277.
    expect(binomialLogLikelihoodRatio(1, 50, 0.05, 0.075)).toBeCloseTo(-0.901277, 5);
  });

  it('keeps p1 a probability: at most halfway from p0 to 1', () => {
    // p0 = 0.8, δ = 0.5: 1.2 is impossible → (0.8 + 1)/2 = 0.9.
    expect(degradedRate(0.8, 0.5)).toBeCloseTo(0.9, 15);
  });

  it('is divided by the over-dispersion and by the uncertainty of an estimated p0', () => {
    // φ = 2, p0 from 200 trials, n = 50: 1.25939 / (2·(1 + 50/200)) = 1.25939 / 2.5 = 0.50376.
    const increment = bernoulliIncrement({ kind: 'proportion', bad: 6, trials: 50 }, baseline(0.05, 200, 2), 0.5);
    expect(increment).toBeCloseTo(1.25939 / 2.5, 5);
  });

  it('adds exactly 0 for an interval without trials: a CUSUM fed only n = 0 never alarms', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.9, noNaN: true }), fc.integer({ min: 1, max: 300 }), (p0, steps) => {
        let state: ShiftState = WATCHING;
        for (let i = 0; i < steps; i += 1) {
          const increment = bernoulliIncrement({ kind: 'proportion', bad: 0, trials: 0 }, baseline(p0), 0.5);
          expect(increment).toBe(0);
          const step = stepShift(
            state,
            {
              increment,
              spike: increment,
              recovery: increment,
              observation: { kind: 'proportion', bad: 0, trials: 0 },
              expected: p0,
              levelOf: () => null,
            },
            i * 900_000,
            DEFAULT_SHIFT_CONFIG,
          );
          expect(step.transition).toBe('none');
          state = step.state;
        }
        expect(state).toEqual(WATCHING);
      }),
      { numRuns: 30 },
    );
  });

  it('stays within the false-alarm rate its ARL implies on in-control binomial data', () => {
    // Four weeks of 48 open intervals a day, 7 days, 5 seeded runs: N = 6,720 evaluations at p0 = 5 %
    // with 20–60 trials each, p0 known. Wald's bound for an LLR CUSUM: ARL0 ≥ e^h = e^9 ≈ 8,100, so
    // at most N / 8,100 ≈ 0.83 alarms are expected (the spike test at GLR 13 adds P ≈ 3·10⁻⁷ each);
    // 5 or more would happen with probability ≈ 0.002 under Poisson(0.83). (The bound is loose:
    // Siegmund's approximation puts ARL0 far higher.)
    const h = DEFAULT_SHIFT_CONFIG.threshold;
    const steps = 4 * 7 * 48;
    const b = baseline(0.05);
    let alarms = 0;
    for (let seed = 1; seed <= 5; seed += 1) {
      const random = seededRandom(seed);
      let state: ShiftState = WATCHING;
      for (let i = 0; i < steps; i += 1) {
        const trials = 20 + Math.round(40 * Math.sin((Math.PI * (i % 48)) / 48));
        let bad = 0;
        for (let k = 0; k < trials; k += 1) {
          bad += random.next() < 0.05 ? 1 : 0;
        }
        const observation = { kind: 'proportion', bad, trials } as const;
        const increment = bernoulliIncrement(observation, b, 0.5);
        const own = Math.max(0.5, bad / trials / 0.05 - 1);
        const step = stepShift(
          state,
          {
            increment,
            spike: bernoulliIncrement(observation, b, own),
            recovery: increment,
            observation,
            expected: 0.05,
            levelOf: () => 0.5,
          },
          i * 900_000,
          DEFAULT_SHIFT_CONFIG,
        );
        alarms += step.transition === 'fired' ? 1 : 0;
        state = step.state;
      }
    }
    expect(alarms).toBeLessThan(5);
    expect((5 * steps) / Math.exp(h)).toBeLessThan(0.84);
  });
});

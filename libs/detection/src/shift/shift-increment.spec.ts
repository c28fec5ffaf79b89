import type { Baseline } from '../baseline/seasonal-baseline';
import { observedShift, shiftIncrement } from './shift-increment';
import { episodeShift } from './episode-shift';
import { watchedMetric } from '../observations/watched-metrics';

const proportion: Baseline = { kind: 'proportion', p0: 0.05, referenceTrials: 1e12, dispersion: 1, weeksUsed: 4, droppedWeek: null };
const mean: Baseline = {
  kind: 'mean',
  logMean: Math.log(300),
  expected: 300,
  offset: 0,
  perObservationSigma: 0.8,
  standardError: 0,
  weeksUsed: 4,
};
const count: Baseline = { kind: 'count', expected: 20, dispersion: 1, lower: 0, upper: 0, weeksUsed: 4 };
const up = { worse: 'higher' } as const;

describe('shift increments and observed shifts', () => {
  it('dispatch on the observation kind', () => {
    // See the per-form specs for the arithmetic; here only that each form is reached.
    expect(shiftIncrement(up, { kind: 'proportion', bad: 6, trials: 50 }, proportion, 0.5)).toBeCloseTo(1.25939, 5);
    expect(shiftIncrement(up, { kind: 'mean', sum: 360 * 16, sumSquares: 0, count: 16 }, mean, 0.15)).toBeCloseTo(0.39287, 5);
    expect(shiftIncrement(up, { kind: 'count', count: 30 }, count, 0.3)).toBeCloseTo(1.87093 / (1 + Math.PI / 8), 5);
    expect(() => shiftIncrement(up, { kind: 'count', count: 30 }, proportion, 0.3)).toThrow('cannot be judged');
  });

  it('measure the shift an interval shows, in the worse direction', () => {
    // 6/50 = 12 % against 5 %: 12/5 − 1 = 1.4. 360 s against 300 s: +20 %. 30 against 20: +50 %.
    expect(observedShift(up, { kind: 'proportion', bad: 6, trials: 50 }, proportion)).toBeCloseTo(1.4, 12);
    expect(observedShift(up, { kind: 'mean', sum: 360, sumSquares: 0, count: 1 }, mean)).toBeCloseTo(0.2, 12);
    expect(observedShift({ worse: 'lower' }, { kind: 'mean', sum: 250, sumSquares: 0, count: 1 }, mean)).toBeCloseTo(0.2, 12);
    expect(observedShift(up, { kind: 'count', count: 30 }, count)).toBeCloseTo(0.5, 12);
    expect(observedShift(up, { kind: 'proportion', bad: 0, trials: 0 }, proportion)).toBeNull();
  });

  it('measure the shift of an episode against what its intervals expected', () => {
    const sl = watchedMetric('service_level');
    const volume = watchedMetric('offered_volume');
    if (sl === undefined || volume === undefined) {
      throw new Error('metrics');
    }
    // Service level expected 80 % (bad 20 %) over 200 trials, 60 bad observed: 30 % / 20 % − 1 = 0.5.
    expect(
      episodeShift(sl, {
        observation: { kind: 'proportion', bad: 60, trials: 200 },
        intervals: 2,
        expectedWeighted: 0.8 * 200,
        weight: 200,
      }),
    ).toBeCloseTo(0.5, 12);
    // Volume 90 over 3 intervals against 20 expected per interval: 30/20 − 1 = 0.5.
    expect(episodeShift(volume, { observation: { kind: 'count', count: 90 }, intervals: 3, expectedWeighted: 60, weight: 3 })).toBeCloseTo(
      0.5,
      12,
    );
  });
});

import fc from 'fast-check';
import { shareOf, surpriseTerm } from './jensen-shannon';

describe('Adtributor surprise (Jensen–Shannon terms, bits)', () => {
  it('is 0 for an unchanged share and ½ for an element that appears from nothing with the whole', () => {
    expect(surpriseTerm(0.3, 0.3)).toBe(0);
    // p = 0, q = 1: ½·[0 + 1·log₂(2·1/1)] = ½.
    expect(surpriseTerm(0, 1)).toBe(0.5);
  });

  it('matches a hand computation: p = 0.5, q = 0.25', () => {
    // m = 0.75: ½·[0.5·log₂(1/0.75) + 0.25·log₂(0.5/0.75)] = ½·[0.5·0.415037 − 0.25·0.584963] = 0.030639.
    expect(surpriseTerm(0.5, 0.25)).toBeCloseTo(0.030639, 6);
  });

  it('sums to a divergence in [0, 1] over any two distributions (property)', () => {
    const weights = fc.array(fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(weights, (pairs) => {
        const p = pairs.reduce((s, [a]) => s + a, 0);
        const q = pairs.reduce((s, [, b]) => s + b, 0);
        const js = pairs.reduce((s, [a, b]) => s + surpriseTerm(shareOf(a, p), shareOf(b, q)), 0);
        expect(js).toBeGreaterThanOrEqual(-1e-12);
        expect(js).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});

import fc from 'fast-check';
import { shapleyValues } from './shapley';

describe('shapleyValues', () => {
  it('splits a two-factor interaction by the textbook formula', () => {
    // v(∅) = 0, v({a}) = 1, v({b}) = 2, v({a, b}) = 6 (interaction 3):
    // φ_a = ½[v(a) − v(∅)] + ½[v(ab) − v(b)] = ½·1 + ½·4 = 2.5; φ_b = ½·2 + ½·5 = 3.5; sum 6.
    const table: Record<string, number> = { '': 0, a: 1, b: 2, 'a+b': 6 };
    const factors = ['a', 'b'] as const;
    const phi = shapleyValues(factors, (s) => table[factors.filter((f) => s.has(f)).join('+')] ?? Number.NaN);
    expect(phi.a).toBeCloseTo(2.5, 12);
    expect(phi.b).toBeCloseTo(3.5, 12);
  });

  it('gives symmetric factors equal shares: v = x·y·z, each doubling', () => {
    // v(∅) = 1, one factor 2, two 4, all 8. By symmetry each φ = (8 − 1) / 3 = 7/3.
    const phi = shapleyValues(['x', 'y', 'z'], (s) => 2 ** s.size);
    for (const f of ['x', 'y', 'z'] as const) {
      expect(phi[f]).toBeCloseTo(7 / 3, 12);
    }
  });

  it('is efficient, gives a null factor 0 and does not depend on the listing order', () => {
    const game = fc.record({
      weights: fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 3, maxLength: 3 }),
      interaction: fc.double({ min: -5, max: 5, noNaN: true }),
    });
    fc.assert(
      fc.property(game, ({ weights, interaction }) => {
        // Factor d never changes anything; a and b interact.
        const v = (s: ReadonlySet<string>): number =>
          (s.has('a') ? (weights[0] ?? 0) : 0) +
          (s.has('b') ? (weights[1] ?? 0) : 0) +
          (s.has('c') ? (weights[2] ?? 0) : 0) +
          (s.has('a') && s.has('b') ? interaction : 0);
        const phi = shapleyValues(['a', 'b', 'c', 'd'], v);
        const reversed = shapleyValues(['d', 'c', 'b', 'a'], v);
        const total = v(new Set(['a', 'b', 'c', 'd'])) - v(new Set());
        expect(phi.a + phi.b + phi.c + phi.d).toBeCloseTo(total, 9);
        expect(phi.d).toBeCloseTo(0, 12);
        // The interaction is shared equally between the two factors that make it.
        expect(phi.a).toBeCloseTo((weights[0] ?? 0) + interaction / 2, 9);
        for (const f of ['a', 'b', 'c', 'd'] as const) {
          expect(reversed[f]).toBeCloseTo(phi[f], 12);
        }
      }),
    );
  });

  it('rejects repeated factors', () => {
    expect(() => shapleyValues(['a', 'a'], () => 0)).toThrow(RangeError);
  });
});

import { countBaseline } from './count-baseline';
import { DEFAULT_BASELINE_CONFIG, type ReferenceObservation } from './reference-observation';

const weeks = (...counts: number[]): ReferenceObservation[] =>
  counts.map((count, i) => ({ weeksAgo: i + 1, observation: { kind: 'count', count } }));

describe('count baseline', () => {
  it('is the median with Poisson bounds when the weeks scatter no more than Poisson', () => {
    // 30, 34, 38, 50: median 36; |dev| 6, 2, 2, 14 → MAD 4, σ = 5.93, σ² = 35.2 < 36 → φ = 1.
    // Bounds 36 ∓ 3·√36 = 18 and 54.
    expect(countBaseline(weeks(30, 34, 38, 50), DEFAULT_BASELINE_CONFIG)).toEqual({
      kind: 'count',
      expected: 36,
      dispersion: 1,
      lower: 18,
      upper: 54,
      weeksUsed: 4,
    });
  });

  it('widens the bounds by the over-dispersion the weeks show', () => {
    // 30, 36, 44, 50: median 40; |dev| 10, 4, 4, 10 → MAD 7, σ = 1.4826·7 = 10.38, φ = σ²/40 = 2.69.
    const b = countBaseline(weeks(30, 36, 44, 50), DEFAULT_BASELINE_CONFIG);
    const sigma = 1.4826 * 7;
    expect(b?.dispersion).toBeCloseTo(sigma ** 2 / 40, 10);
    expect(b?.upper).toBeCloseTo(40 + 3 * sigma, 10);
    expect(b?.lower).toBeCloseTo(40 - 3 * sigma, 10);
  });

  it('uses the same slot only: the slot before is on another part of the intraday curve', () => {
    const refs = [...weeks(30, 34, 38, 50), { weeksAgo: 1, slotOffset: -1, observation: { kind: 'count', count: 500 } } as const];
    expect(countBaseline(refs, DEFAULT_BASELINE_CONFIG)?.expected).toBe(36);
  });

  it('counts a week with zero contacts as a week (a quiet slot is information), but needs the minimum of weeks', () => {
    expect(countBaseline(weeks(0, 0, 2), DEFAULT_BASELINE_CONFIG)?.expected).toBe(0);
    expect(countBaseline(weeks(30, 34), DEFAULT_BASELINE_CONFIG)).toBeNull();
  });
});

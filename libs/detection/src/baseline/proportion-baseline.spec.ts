import { proportionBaseline } from './proportion-baseline';
import { DEFAULT_BASELINE_CONFIG, type ReferenceObservation } from './reference-observation';

const weeks = (...shares: Array<[number, number]>): ReferenceObservation[] =>
  shares.map(([bad, trials], i) => ({ weeksAgo: i + 1, observation: { kind: 'proportion', bad, trials } }));

describe('proportion baseline', () => {
  it('is the ratio of sums of the reference weeks', () => {
    // 5 + 6 + 4 + 5 = 20 bad in 400 trials: p0 = 0.05.
    // Pearson χ² = Σ (x − 100·0.05)² / (100·0.05·0.95) = (0 + 1 + 1 + 0) / 4.75 = 0.42; / 3 df = 0.14 → floored at 1.
    const b = proportionBaseline(weeks([5, 100], [6, 100], [4, 100], [5, 100]), DEFAULT_BASELINE_CONFIG);
    expect(b).toEqual({ kind: 'proportion', p0: 0.05, referenceTrials: 400, dispersion: 1, weeksUsed: 4, droppedWeek: null });
  });

  it('leaves out one polluted week', () => {
    // Week 4 has 30 of 100 against the others' 15 / 300 = 0.05: expected 5, excess 25,
    // variance 100·0.05·0.95·(1 + 100/300) = 6.33, z = 25 / 2.52 = 9.9 > 4 → dropped; p0 = 15 / 300.
    const b = proportionBaseline(weeks([5, 100], [6, 100], [4, 100], [30, 100]), DEFAULT_BASELINE_CONFIG);
    expect(b?.droppedWeek).toBe(4);
    expect(b?.p0).toBeCloseTo(0.05, 12);
    expect(b?.weeksUsed).toBe(3);
  });

  it('keeps every week when dropping one would leave fewer than the minimum', () => {
    // Three weeks, minimum three: (5 + 6 + 30) / 300.
    const b = proportionBaseline(weeks([5, 100], [6, 100], [30, 100]), DEFAULT_BASELINE_CONFIG);
    expect(b?.droppedWeek).toBeNull();
    expect(b?.p0).toBeCloseTo(41 / 300, 12);
  });

  it('measures over-dispersion between the reference intervals', () => {
    // 2, 8, 2, 8 of 100: p0 = 20/400 = 0.05; each z² = 3² / 4.75; χ² = 36 / 4.75 = 7.58; φ = 7.58 / 3 = 2.53.
    // (The most extreme week: 8 against 12/300 = 0.04 elsewhere, z = 4 / √(100·0.04·0.96·4/3) = 1.77: kept.)
    const b = proportionBaseline(weeks([2, 100], [8, 100], [2, 100], [8, 100]), DEFAULT_BASELINE_CONFIG);
    expect(b?.dispersion).toBeCloseTo(36 / 4.75 / 3, 10);
    expect(b?.droppedWeek).toBeNull();
  });

  it('takes p0 from the same slot and the dispersion from every slot, each around its own ratio', () => {
    const slot = (weeksAgo: number, slotOffset: number, bad: number): ReferenceObservation => ({
      weeksAgo,
      slotOffset,
      observation: { kind: 'proportion', bad, trials: 100 },
    });
    // Same slot: 5, 5, 5 of 100 → p0 = 0.05, χ² 0. The slot before runs at 30 %: 20, 40, 30 of 100
    // around its own 0.3: χ² = (100 + 100 + 0) / (100·0.3·0.7 = 21) = 9.524. df = 2 + 2 = 4 → φ = 2.381.
    // (Around p0 = 0.05 instead, the slot before would look like a φ in the hundreds.)
    const refs = [slot(1, 0, 5), slot(2, 0, 5), slot(3, 0, 5), slot(1, -1, 20), slot(2, -1, 40), slot(3, -1, 30)];
    const b = proportionBaseline(refs, DEFAULT_BASELINE_CONFIG);
    expect(b?.p0).toBeCloseTo(0.05, 12);
    expect(b?.referenceTrials).toBe(300);
    expect(b?.dispersion).toBeCloseTo(200 / 21 / 4, 10);
  });

  it('is "no baseline yet" with fewer usable weeks than the minimum', () => {
    // Week 3 had no trials (queue closed): two usable weeks < 3.
    expect(proportionBaseline(weeks([5, 100], [6, 100], [0, 0]), DEFAULT_BASELINE_CONFIG)).toBeNull();
    expect(proportionBaseline([], DEFAULT_BASELINE_CONFIG)).toBeNull();
  });

  it('keeps p0 strictly inside (0, 1) when no week had a bad outcome', () => {
    // 0 of 120: (0 + 0.5) / (120 + 1), so a likelihood ratio against it stays finite.
    const b = proportionBaseline(weeks([0, 40], [0, 40], [0, 40]), DEFAULT_BASELINE_CONFIG);
    expect(b?.p0).toBeCloseTo(0.5 / 121, 12);
  });
});

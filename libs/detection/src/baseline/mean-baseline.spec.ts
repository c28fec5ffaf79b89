import { MEDIAN_VARIANCE_FACTOR } from '../stats/robust-statistics';
import { meanBaseline, MIN_RELATIVE_SIGMA } from './mean-baseline';
import { DEFAULT_BASELINE_CONFIG, type ReferenceObservation } from './reference-observation';

const week = (weeksAgo: number, mean: number, count: number, squares = 0): ReferenceObservation => ({
  weeksAgo,
  observation: { kind: 'mean', sum: mean * count, sumSquares: squares, count },
});

describe('mean baseline', () => {
  // Weekly handle-time means 300, 330, 360, 400 s with 25 contacts each; Σx² chosen so that the
  // pooled CV is 0.5: mean 347.5, E[x²] = 347.5²·(1 + 0.5²), over 100 contacts.
  const squares = (347.5 ** 2 * 1.25 * 100) / 4;
  const refs = [week(1, 300, 25, squares), week(2, 330, 25, squares), week(3, 360, 25, squares), week(4, 400, 25, squares)];

  it('is the median of the log weekly means', () => {
    const b = meanBaseline(refs, DEFAULT_BASELINE_CONFIG);
    // median(ln 300, ln 330, ln 360, ln 400) = (ln 330 + ln 360) / 2, so exp(μ0) = √(330·360) = 344.67 s.
    expect(b?.logMean).toBeCloseTo((Math.log(330) + Math.log(360)) / 2, 12);
    expect(b?.expected).toBeCloseTo(Math.sqrt(330 * 360), 9);
  });

  it('keeps the spread per contact: the larger of the between-week MAD and the within-interval CV', () => {
    const b = meanBaseline(refs, DEFAULT_BASELINE_CONFIG);
    // Between: residuals (ln ȳ_k − μ0)·√25 = ±5·(ln 330 − ln 360)/2 for the middle weeks and
    // 5·(ln 300 − μ0), 5·(ln 400 − μ0) outside: |.| = 0.694, 0.218, 0.218, 0.744 → median 0.456,
    // ×1.4826 = 0.676. Within: CV 0.5. σ1 = 0.676.
    const mu = (Math.log(330) + Math.log(360)) / 2;
    const abs = [300, 330, 360, 400].map((m) => Math.abs(Math.log(m) - mu) * 5).sort((a, b) => a - b);
    const between = 1.4826 * (((abs[1] ?? 0) + (abs[2] ?? 0)) / 2);
    expect(between).toBeCloseTo(0.6758, 3);
    expect(b?.perObservationSigma).toBeCloseTo(between, 10);
    // SE(μ0) = √(π/2 · σ1² / Σn) = 0.676·√(1.5708/100) = 0.0847
    expect(b?.standardError).toBeCloseTo(Math.sqrt((MEDIAN_VARIANCE_FACTOR * between ** 2) / 100), 12);
  });

  it('falls back on the within-interval CV when the weeks happen to agree', () => {
    // Identical weekly means: MAD 0; Σx² gives CV 0.8 (E[x²] = 400²·1.64 per contact).
    const same = [1, 2, 3].map((k) => week(k, 400, 30, 400 ** 2 * 1.64 * 30));
    expect(meanBaseline(same, DEFAULT_BASELINE_CONFIG)?.perObservationSigma).toBeCloseTo(0.8, 10);
    // Without Σx² either, the floor keeps the band from collapsing to nothing.
    const bare = [1, 2, 3].map((k) => week(k, 400, 30));
    expect(meanBaseline(bare, DEFAULT_BASELINE_CONFIG)?.perObservationSigma).toBe(MIN_RELATIVE_SIGMA);
  });

  it('takes logs after the offset, so waits near zero make no huge relative changes', () => {
    // ASA weeks 0 s, 2 s, 4 s with a 10 s offset: median of ln 10, ln 12, ln 14 = ln 12 → expected 12 − 10 = 2 s.
    const b = meanBaseline([week(1, 0, 20), week(2, 2, 20), week(3, 4, 20)], DEFAULT_BASELINE_CONFIG, 10);
    expect(b?.expected).toBeCloseTo(2, 10);
  });

  it('is robust to one polluted week', () => {
    // An outage week of 1,200 s moves the median of four only to (330 + 360)/2 on the log scale.
    const polluted = [week(1, 300, 25), week(2, 330, 25), week(3, 360, 25), week(4, 1200, 25)];
    expect(meanBaseline(polluted, DEFAULT_BASELINE_CONFIG)?.expected).toBeCloseTo(Math.sqrt(330 * 360), 9);
  });

  it('is "no baseline yet" with fewer weeks that have contacts than the minimum', () => {
    expect(meanBaseline([week(1, 300, 25), week(2, 330, 25), week(3, 0, 0)], DEFAULT_BASELINE_CONFIG)).toBeNull();
  });

  it('needs the minimum sample in the reference weeks together, and reads the same slot only', () => {
    // Four weeks of 7 contacts = 28 < 30: no baseline; week 1 with 9 contacts makes 9 + 21 = 30: a baseline.
    const small = [week(1, 300, 7), week(2, 330, 7), week(3, 360, 7), week(4, 400, 7)];
    expect(meanBaseline(small, DEFAULT_BASELINE_CONFIG, 0, 30)).toBeNull();
    expect(meanBaseline([...small.slice(1), week(1, 300, 9)], DEFAULT_BASELINE_CONFIG, 0, 30)).not.toBeNull();
    // A neighbouring slot at 900 s does not move the median of the same slot's weeks.
    const neighbour: ReferenceObservation = {
      weeksAgo: 1,
      slotOffset: 1,
      observation: { kind: 'mean', sum: 900 * 50, sumSquares: 0, count: 50 },
    };
    expect(meanBaseline([...refs, neighbour], DEFAULT_BASELINE_CONFIG)?.logMean).toBeCloseTo((Math.log(330) + Math.log(360)) / 2, 12);
  });
});

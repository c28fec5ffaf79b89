import { usualObservation } from './usual-observation';
import type { ReferenceObservation } from './reference-observation';

const ref = (weeksAgo: number, bad: number, trials: number, slotOffset = 0): ReferenceObservation => ({
  weeksAgo,
  slotOffset,
  observation: { kind: 'proportion', bad, trials },
});

describe('usual observation', () => {
  it('is the mean week of the same slot', () => {
    // Weeks 1–3: 6 + 9 + 12 = 27 bad of 60 + 60 + 60 = 180 → a mean week of 9 of 60 (15 %); the
    // neighbouring slot (30 of 40) is left out.
    expect(usualObservation('proportion', [ref(1, 6, 60), ref(2, 9, 60), ref(3, 12, 60), ref(1, 30, 40, -1)], 3)).toEqual({
      kind: 'proportion',
      bad: 9,
      trials: 60,
    });
  });

  it('counts a week with no sample as a quiet week, and needs the minimum of weeks', () => {
    // 10 of 50 in week 1, nothing in weeks 2 and 3 (queue idle): a mean week of 10/3 of 50/3.
    const quiet = usualObservation('proportion', [ref(1, 10, 50), ref(2, 0, 0), ref(3, 0, 0)], 3);
    expect(quiet?.kind === 'proportion' && quiet.bad).toBeCloseTo(10 / 3, 12);
    expect(quiet?.kind === 'proportion' && quiet.trials).toBeCloseTo(50 / 3, 12);
    expect(usualObservation('proportion', [ref(1, 10, 50), ref(2, 0, 0)], 3)).toBeUndefined();
  });

  it('keeps the length of a plan block', () => {
    // Hourly forecast blocks of 120 and 100 with 130 and 110 actual: a mean week of 120 against 110 over 4 intervals.
    const plan = (weeksAgo: number, count: number, expected: number): ReferenceObservation => ({
      weeksAgo,
      observation: { kind: 'count', count, expected, expectedIntervals: 4 },
    });
    expect(usualObservation('count', [plan(1, 130, 120), plan(2, 110, 100)], 2)).toEqual({
      kind: 'count',
      count: 120,
      expected: 110,
      expectedIntervals: 4,
    });
  });
});

import { MAD_TO_SIGMA, median, medianAbsoluteDeviation } from './robust-statistics';

describe('median and MAD', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    // sorted 1, 2, 4, 9: (2 + 4) / 2 = 3
    expect(median([9, 2, 4, 1])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('is not moved by one polluted week out of four, where the mean is', () => {
    // Weeks 100, 102, 98 and an outage week of 400: median (100 + 102) / 2 = 101, mean 175.
    expect(median([100, 102, 98, 400])).toBe(101);
  });

  it('measures spread around a given centre', () => {
    // |1 − 3|, |2 − 3|, |3 − 3|, |4 − 3|, |10 − 3| = 2, 1, 0, 1, 7 → median 1
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 10], 3)).toBe(1);
    expect(MAD_TO_SIGMA * 1).toBeCloseTo(1.4826, 10);
  });
});

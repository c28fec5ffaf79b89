import { batchMeansStandardError } from './batch-means';

describe('batchMeansStandardError', () => {
  it('is the sample standard deviation of the batch means over √k', () => {
    // Mean 5, squared deviations 9 + 1 + 1 + 9 = 20, variance 20/3, SE √(20/3/4).
    expect(batchMeansStandardError([2, 4, 6, 8])).toBeCloseTo(Math.sqrt(20 / 3 / 4), 12);
    expect(batchMeansStandardError([3, 3, 3])).toBe(0);
  });

  it('needs two batches', () => {
    expect(() => batchMeansStandardError([1])).toThrow(RangeError);
  });
});

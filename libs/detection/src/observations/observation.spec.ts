import { addObservations, emptyObservation, sampleOf, scaleObservation, sumObservations } from './observation';

describe('observations', () => {
  it('add as sums, so windows are ratios of sums', () => {
    // 3 of 10 and 1 of 90: the window share is 4 / 100, not the mean of 30 % and 1.1 %.
    const total = sumObservations('proportion', [
      { kind: 'proportion', bad: 3, trials: 10 },
      { kind: 'proportion', bad: 1, trials: 90 },
    ]);
    expect(total).toEqual({ kind: 'proportion', bad: 4, trials: 100 });
    expect(
      addObservations({ kind: 'mean', sum: 10, sumSquares: 60, count: 2 }, { kind: 'mean', sum: 5, sumSquares: 25, count: 1 }),
    ).toEqual({ kind: 'mean', sum: 15, sumSquares: 85, count: 3 });
  });

  it('keep a plan only when one of the parts has one', () => {
    expect(addObservations({ kind: 'count', count: 3 }, { kind: 'count', count: 4 })).toEqual({ kind: 'count', count: 7 });
    expect(addObservations({ kind: 'count', count: 3, expected: 5 }, { kind: 'count', count: 4 })).toEqual({
      kind: 'count',
      count: 7,
      expected: 5,
    });
  });

  it('scale every sum, so the mean of k weeks keeps each ratio', () => {
    // Two weeks summed to 6 of 40 abandoned; their mean week is 3 of 20 (15 % either way).
    expect(scaleObservation({ kind: 'proportion', bad: 6, trials: 40 }, 0.5)).toEqual({ kind: 'proportion', bad: 3, trials: 20 });
    // A plan keeps its block length: 120 forecast over 4 intervals, halved to 60 over 4.
    expect(scaleObservation({ kind: 'count', count: 100, expected: 120, expectedIntervals: 4 }, 0.5)).toEqual({
      kind: 'count',
      count: 50,
      expected: 60,
      expectedIntervals: 4,
    });
  });

  it('refuse to mix kinds', () => {
    expect(() => addObservations(emptyObservation('count'), emptyObservation('mean'))).toThrow('cannot add');
  });

  it('report their sample', () => {
    expect(sampleOf({ kind: 'proportion', bad: 1, trials: 7 })).toBe(7);
    expect(sampleOf({ kind: 'mean', sum: 1, sumSquares: 1, count: 4 })).toBe(4);
    expect(sampleOf(emptyObservation('count'))).toBe(0);
  });
});

import { intervalOrder } from './interval-order';

const I = 900_000;

describe('interval order', () => {
  it('evaluates a first interval and any later one, ignores the same or an older one', () => {
    expect(intervalOrder(null, 10 * I)).toBe('evaluated');
    expect(intervalOrder(10 * I, 11 * I)).toBe('evaluated');
    expect(intervalOrder(10 * I, 30 * I)).toBe('evaluated'); // a gap (a closed queue) is fine
    expect(intervalOrder(10 * I, 10 * I)).toBe('ignored_duplicate');
    expect(intervalOrder(10 * I, 9 * I)).toBe('ignored_out_of_order');
  });

  it('refuses a start that is not on the 15-minute grid', () => {
    expect(() => intervalOrder(null, 10 * I + 60_000)).toThrow(RangeError);
    expect(() => intervalOrder(null, Number.NaN)).toThrow(RangeError);
  });
});

import { meanInterval, wilsonInterval } from '@vahti/kpi';

describe('confidence intervals', () => {
  it('Wilson 95 % for 8 of 10 is 0.490–0.943 (Newcombe 1998, table I style worked value)', () => {
    const [low, high] = wilsonInterval(8, 10) ?? [Number.NaN, Number.NaN];
    expect(low).toBeCloseTo(0.4902, 4);
    expect(high).toBeCloseTo(0.9433, 4);
  });

  it('Wilson stays inside [0, 1] at the edges and is null without a proportion', () => {
    expect(wilsonInterval(0, 5)?.[0]).toBe(0);
    expect(wilsonInterval(5, 5)?.[1]).toBe(1);
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(6, 5)).toBeNull();
  });

  it('mean interval of 10, 20, 30: mean 20, sd 10, half-width 1.96 × 10 / √3', () => {
    const [low, high] = meanInterval(60, 100 + 400 + 900, 3) ?? [Number.NaN, Number.NaN];
    expect(low).toBeCloseTo(20 - (1.959964 * 10) / Math.sqrt(3), 4);
    expect(high).toBeCloseTo(20 + (1.959964 * 10) / Math.sqrt(3), 4);
  });
});

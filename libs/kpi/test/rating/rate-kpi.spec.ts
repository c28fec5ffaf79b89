import { rateKpi, type Rating } from '@vahti/kpi';

const higher = { better: 'higher' as const, minSample: 10 };
const lower = { better: 'lower' as const, minSample: 10 };
const band = { better: 'band' as const, minSample: 10 };
const v = (value: number, n = 100) => ({ value, numerator: value * n, denominator: n });
const level = (r: Rating): number | string => (r.status === 'rated' ? r.level : r.status);

describe('rateKpi', () => {
  const fcr = { median: 0.7, worldClass: 0.8 };

  it('places a higher-is-better value on the five levels', () => {
    expect(level(rateKpi(higher, v(0.82), fcr))).toBe(5);
    expect(level(rateKpi(higher, v(0.75), { ...fcr, target: 0.75 }))).toBe(4);
    expect(level(rateKpi(higher, v(0.72), fcr))).toBe(3);
    expect(level(rateKpi(higher, v(0.65), fcr))).toBe(2);
    expect(level(rateKpi(higher, v(0.65), { ...fcr, floor: 0.66 }))).toBe(1);
  });

  it('reverses for lower-is-better', () => {
    const abandon = { median: 0.12, topQuartile: 0.05, critical: 0.25 };
    expect(level(rateKpi(lower, v(0.04), abandon))).toBe(4);
    expect(level(rateKpi(lower, v(0.1), abandon))).toBe(3);
    expect(level(rateKpi(lower, v(0.2), abandon))).toBe(2);
    expect(level(rateKpi(lower, v(0.3), abandon))).toBe(1);
  });

  it('without a typical line, within 10 % of the nearest line above is typical', () => {
    expect(level(rateKpi(higher, v(0.8), { worldClass: 0.85 }))).toBe(3);
    expect(level(rateKpi(higher, v(0.7), { worldClass: 0.85 }))).toBe(2);
  });

  it('rates band KPIs by distance from the band', () => {
    const occupancy = { band: { low: 0.75, high: 0.85 }, critical: 0.9, criticalLow: 0.65 };
    expect(level(rateKpi(band, v(0.8), occupancy))).toBe(4);
    expect(level(rateKpi(band, v(0.87), occupancy))).toBe(3);
    expect(level(rateKpi(band, v(0.89), occupancy))).toBe(2);
    expect(level(rateKpi(band, v(0.92), occupancy))).toBe(1);
    expect(level(rateKpi(band, v(0.6), occupancy))).toBe(1);
    expect(level(rateKpi(band, v(0.8), {}))).toBe('no_yardstick');
  });

  it('says why it cannot rate', () => {
    expect(level(rateKpi(higher, null, fcr))).toBe('no_data');
    expect(level(rateKpi(higher, v(0.9, 9), fcr))).toBe('insufficient_data');
    expect(level(rateKpi(higher, v(0.9), {}))).toBe('no_yardstick');
  });
});

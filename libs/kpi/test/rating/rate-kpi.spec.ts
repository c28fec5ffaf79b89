import { kpiDefinition, ladderOf, rateKpi, type KpiDefinition, type Rating } from '@vahti/kpi';

const higher = { better: 'higher' as const, minSample: 10, unit: 'ratio' as const };
const lower = { better: 'lower' as const, minSample: 10, unit: 'ratio' as const };
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
    expect(level(rateKpi(lower, v(0.02), abandon))).toBe(5); // half the best line's gap: 2.5 %
    expect(level(rateKpi(lower, v(0.04), abandon))).toBe(4);
    expect(level(rateKpi(lower, v(0.1), abandon))).toBe(3);
    expect(level(rateKpi(lower, v(0.2), abandon))).toBe(2);
    expect(level(rateKpi(lower, v(0.3), abandon))).toBe(1);
  });

  it('derives missing lines from the gap to the ideal: world-class half, top quartile 3/4, critical twice the typical gap', () => {
    // FCR: typical 70 % (gap 30 pp), world-class 80 % given: top quartile 75 %, critical 40 %.
    const ladder = ladderOf(higher, fcr);
    expect(ladder?.upper).toEqual({ name: 'topQuartile', value: expect.closeTo(0.75, 10) as number, derived: true });
    expect(ladder?.critical).toEqual({ name: 'critical', value: expect.closeTo(0.4, 10) as number, derived: true });
    expect(ladder?.worldClass).toEqual({ name: 'worldClass', value: 0.8, derived: false });
    // Only a world-class line: typical at twice its gap.
    expect(level(rateKpi(higher, v(0.8), { worldClass: 0.85 }))).toBe(4);
    expect(level(rateKpi(higher, v(0.71), { worldClass: 0.85 }))).toBe(3);
    expect(level(rateKpi(higher, v(0.5), { worldClass: 0.85 }))).toBe(2);
    expect(level(rateKpi(higher, v(0.39), { worldClass: 0.85 }))).toBe(1);
    // A higher-is-better time has no ideal: gaps are relative (patience of 71 s typical → world-class 142 s).
    const patience = { better: 'higher' as const, minSample: 1, unit: 'seconds' as const };
    expect(ladderOf(patience, { median: 71 })?.worldClass.value).toBeCloseTo(142, 6);
    expect(ladderOf(patience, { median: 71 })?.critical.value).toBeCloseTo(35.5, 6);
  });

  it('reaches every level for voice service level with only the 80/20 default target (no collapse to 4 or 2)', () => {
    const sl = kpiDefinition('service_level') as KpiDefinition;
    const yardstick = { target: 0.8 };
    // Target 80 % (gap 20 pp): typical 73.3 %, world-class 90 %, critical 46.7 %.
    const levels = [0.95, 0.85, 0.75, 0.6, 0.4].map((x) => level(rateKpi(sl, v(x, 500), yardstick)));
    expect(levels).toEqual([5, 4, 3, 2, 1]);
  });

  it('rates band KPIs by closeness to plan', () => {
    const occupancy = { band: { low: 0.75, high: 0.85 }, critical: 0.9, criticalLow: 0.65 };
    expect(level(rateKpi(band, v(0.8), occupancy))).toBe(5);
    expect(level(rateKpi(band, v(0.76), occupancy))).toBe(4);
    expect(level(rateKpi(band, v(0.87), occupancy))).toBe(3);
    expect(level(rateKpi(band, v(0.89), occupancy))).toBe(2);
    expect(level(rateKpi(band, v(0.92), occupancy))).toBe(1);
    expect(level(rateKpi(band, v(0.6), occupancy))).toBe(1);
    // Without critical edges they are put 20 % beyond the band.
    expect(level(rateKpi(band, v(730), { band: { low: 480, high: 600 } }))).toBe(1);
    expect(level(rateKpi(band, v(650), { band: { low: 480, high: 600 } }))).toBe(3);
    expect(level(rateKpi(band, v(0.8), {}))).toBe('no_yardstick');
  });

  it('says why it cannot rate', () => {
    expect(level(rateKpi(higher, null, fcr))).toBe('no_data');
    expect(level(rateKpi(higher, v(0.9, 9), fcr))).toBe('insufficient_data');
    expect(level(rateKpi(higher, v(0.9), {}))).toBe('no_yardstick');
  });
});

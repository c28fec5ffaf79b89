import { watchedMetric } from '../observations/watched-metrics';
import type { WatchedMetric } from '../observations/watched-metric';
import { appendToWindow, windowValue, type WindowEntry } from './observation-window';

const I = 900_000;
const T0 = 40 * 96 * I; // a midnight, 40 days after the epoch

function metric(id: string): WatchedMetric {
  const m = watchedMetric(id);
  if (m === undefined) {
    throw new Error(id);
  }
  return m;
}

describe('observation window', () => {
  it('keeps the last `keep` intervals and skips empty observations', () => {
    let entries: WindowEntry[] = [];
    for (let i = 0; i < 6; i += 1) {
      entries = appendToWindow(entries, T0 + i * I, { kind: 'proportion', bad: i, trials: i === 4 ? 0 : 10 }, 3);
    }
    // Intervals 3, 4, 5 are kept; 4 had no trials and was never stored.
    expect(entries.map((e) => (e.at - T0) / I)).toEqual([3, 5]);
  });

  it('is a ratio of sums over the window, not a mean of ratios', () => {
    const m = metric('abandonment_rate');
    const entries: WindowEntry[] = [
      { at: T0, observation: { kind: 'proportion', bad: 9, trials: 10 } },
      { at: T0 + I, observation: { kind: 'proportion', bad: 1, trials: 90 } },
      { at: T0 + 2 * I, observation: { kind: 'proportion', bad: 5, trials: 100 } },
    ];
    // Last two intervals: (1 + 5) / (90 + 100) = 6 / 190; all three: 15 / 200.
    expect(windowValue(m, entries, T0 + 2 * I, 2)).toMatchObject({ value: 6 / 190, sample: 190 });
    expect(windowValue(m, entries, T0 + 2 * I, 4).value).toBeCloseTo(15 / 200, 12);
    // Service level reads the complement of the same bad share.
    expect(windowValue(metric('service_level'), entries, T0 + 2 * I, 3).value).toBeCloseTo(1 - 15 / 200, 12);
  });

  it('averages plain counts per interval, so a volume line per 15 minutes compares like with like', () => {
    const entries: WindowEntry[] = [
      { at: T0, observation: { kind: 'count', count: 30 } },
      { at: T0 + 2 * I, observation: { kind: 'count', count: 50 } },
    ];
    // Four intervals, two of them without contacts: (30 + 50) / 4 = 20 per interval; the sample is the 80 contacts.
    expect(windowValue(metric('offered_volume'), entries, T0 + 3 * I, 4)).toMatchObject({ value: 20, sample: 80 });
  });

  it('compares actuals with whole forecast blocks only', () => {
    const m = metric('volume_forecast_accuracy');
    // Hourly forecasts: 120 for 10:00–11:00 and 80 for 11:00–12:00, on the rows where they begin.
    // Actuals: 30 per interval from 10:00 to 11:45.
    const at = (h: number, q: number): number => T0 + (h * 4 + q) * I;
    const entries: WindowEntry[] = [];
    for (const h of [10, 11]) {
      for (let q = 0; q < 4; q += 1) {
        const first = q === 0;
        entries.push({
          at: at(h, q),
          observation: first
            ? { kind: 'count', count: 30, expected: h === 10 ? 120 : 80, expectedIntervals: 4 }
            : { kind: 'count', count: 30 },
        });
      }
    }
    // Window 10:30–11:15: the 10:00 block (complete, ends 10:45 inside) counts with all four of its
    // intervals, 120 actual vs 120 forecast → accuracy 1; the 11:00 block is not complete yet.
    expect(windowValue(m, entries, at(11, 1), 4)).toMatchObject({ value: 1, sample: 120 });
    // Window 11:00–11:45: the 11:00 block, 120 actual vs 80 forecast → 1 − 40/120.
    expect(windowValue(m, entries, at(11, 3), 4).value).toBeCloseTo(1 - 40 / 120, 12);
    // Window 11:00–11:15 holds no complete block: no value.
    expect(windowValue(m, entries, at(11, 1), 2).value).toBeNull();
  });
});

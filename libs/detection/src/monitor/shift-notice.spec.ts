import { watchedMetric } from '../observations/watched-metrics';
import type { WatchedMetric } from '../observations/watched-metric';
import type { WindowEntry } from '../breach/observation-window';
import { shiftNotice } from './shift-notice';

const I = 900_000;
const T0 = 40 * 96 * I;
const TARGET = { value: 0.08, source: 'target' } as const;

function metric(id: string): WatchedMetric {
  const m = watchedMetric(id);
  if (m === undefined) {
    throw new Error(id);
  }
  return m;
}
/** Two intervals of abandonment `bad` of `trials`, each usually `usualBad` of `trials`. */
const window = (bad: number, trials: number, usualBad?: number): WindowEntry[] =>
  [0, 1].map((k) => ({
    at: T0 + k * I,
    observation: { kind: 'proportion', bad, trials },
    ...(usualBad !== undefined && { usual: { kind: 'proportion', bad: usualBad, trials } }),
  }));

describe('shift notice (queue outcomes)', () => {
  const abandonment = metric('abandonment_rate');
  const at = T0 + I;

  it('notifies a firing shift when the last 30 minutes burn the budget at 3x, with sample, worse than usual', () => {
    // 20 of 50 twice: 40 %, judged at its Wilson lower bound 0.3094 (40/100) against the 8 % line =
    // burn 3.87 ≥ 3; 100 ≥ 30 contacts; usually 2 of 50 (4 %).
    expect(shiftNotice(abandonment, 'fired', false, window(20, 50, 2), at, TARGET)).toEqual({ transition: 'fired', notified: true });
    // Already notified: it keeps firing, whatever the last 30 minutes.
    expect(shiftNotice(abandonment, 'firing', true, window(0, 50, 2), at, TARGET)).toEqual({ transition: 'firing', notified: true });
  });

  it('keeps it pending below the burn, without sample, when it is the usual level, or without a line', () => {
    // 13 of 50 twice: 26 % measured (burn 3.25) but 0.184 at the Wilson lower bound of 26/100 = burn 2.30 < 3.
    expect(shiftNotice(abandonment, 'firing', false, window(13, 50, 2), at, TARGET).transition).toBe('pending');
    // 10 of 12 twice: 24 < 30 contacts (the KPI's minimum sample).
    expect(shiftNotice(abandonment, 'firing', false, window(10, 12, 0), at, TARGET).transition).toBe('pending');
    // 20 of 50 when 12 of 50 is usual here: 0.3094 < 1.5·24 % = 36 % → the usual opening burst.
    expect(shiftNotice(abandonment, 'fired', false, window(20, 50, 12), at, TARGET).transition).toBe('pending');
    expect(shiftNotice(abandonment, 'fired', false, window(20, 50, 2), at, null).transition).toBe('pending');
  });

  it('ends an episode that was never notified without a resolved, and leaves drivers alone', () => {
    expect(shiftNotice(abandonment, 'resolved', false, [], at, TARGET)).toEqual({ transition: 'none', notified: false });
    expect(shiftNotice(abandonment, 'resolved', true, [], at, TARGET)).toEqual({ transition: 'resolved', notified: false });
    // Transfer rate has no notice condition: every firing step is notified.
    expect(shiftNotice(metric('transfer_rate'), 'fired', false, [], at, null)).toEqual({ transition: 'fired', notified: true });
  });
});

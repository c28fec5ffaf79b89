import { emptyCounters, type KpiCounters } from '@vahti/kpi';
import { kpiChange } from './kpi-change';

const counters = (values: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...values });
const transfers = (before: number, after: number, handled = 200) => ({
  baseline: counters({ handled, transfers: before }),
  current: counters({ handled, transfers: after }),
});
// Adherence over 10 scheduled agent-hours (36 000 s), no leave.
const adherence = (before: number, after: number) => ({
  baseline: counters({ scheduledSeconds: 36_000, adherentSeconds: 36_000 * before }),
  current: counters({ scheduledSeconds: 36_000, adherentSeconds: 36_000 * after }),
});

describe('kpiChange', () => {
  it('gives the change through the KPI definition', () => {
    const change = kpiChange('transfer_rate', transfers(5, 40));
    expect(change?.baseline.value).toBe(0.025);
    expect(change?.current.value).toBe(0.2);
    expect(change?.change).toBeCloseTo(0.175, 12);
    expect(change?.relativeChange).toBeCloseTo(7, 12);
  });

  it('counts a proportion change when the Wilson intervals do not overlap', () => {
    // 5/200: [1.1 %, 5.7 %]; 40/200: [15.0 %, 26.1 %] → significant. 10/200 vs 14/200 overlap → not.
    expect(kpiChange('transfer_rate', transfers(5, 40))?.significant).toBe(true);
    expect(kpiChange('transfer_rate', transfers(10, 14))?.significant).toBe(false);
  });

  it('needs the minimum sample in both windows (transfer rate: 50 handled contacts)', () => {
    expect(kpiChange('transfer_rate', transfers(1, 10, 20))?.significant).toBe(false);
  });

  it('counts a 10 % relative change of a KPI without an interval (adherence, a time share)', () => {
    // 92 % → 80 %: −13 %; 92 % → 88 %: −4.3 %.
    expect(kpiChange('schedule_adherence', adherence(0.92, 0.8))?.significant).toBe(true);
    expect(kpiChange('schedule_adherence', adherence(0.92, 0.88))?.significant).toBe(false);
  });

  it('is null when a window has no value, and throws for an unknown KPI', () => {
    expect(kpiChange('transfer_rate', { baseline: counters({}), current: counters({ handled: 1 }) })).toBeNull();
    expect(() => kpiChange('no_such_kpi', transfers(1, 2))).toThrow(RangeError);
  });
});

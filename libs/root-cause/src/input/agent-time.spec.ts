import { emptyCounters, type KpiCounters } from '@vahti/kpi';
import type { RootCauseInput } from './root-cause-input';
import { agentShareOf, staffedAgentSecondsOf } from './agent-time';

const counters = (values: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...values });
// The queue: 100 contacts × 300 s = 30 000 s of handle time in the baseline.
const queue = counters({ handled: 100, talkSeconds: 30_000 });
// The pool (queue and channel `*`): busy 34 000 + wrap 6 000 = 40 000 s; on queue 40 000 + 20 000 available.
const pool = (available: number) => counters({ busySeconds: 34_000, wrapStateSeconds: 6_000, availableSeconds: available });
// Agent time goes through the occupancy KPI in hours and back: equal to 1e-6 s.
const expectSeconds = (actual: { baseline: number; current: number } | null, baseline: number, current: number): void => {
  expect(actual?.baseline).toBeCloseTo(baseline, 6);
  expect(actual?.current).toBeCloseTo(current, 6);
};
const base: RootCauseInput = {
  kpi: 'service_level',
  windowSeconds: 3600,
  serviceLevelThresholdSeconds: 20,
  series: { baseline: queue, current: queue },
};

describe('agent time of a series', () => {
  it('takes the series counters with share 1 when no agent time is given (the tenant total)', () => {
    const total = counters({ ...queue, availableSeconds: 10_000, busySeconds: 20_000 });
    const input = { ...base, series: { baseline: total, current: total } };
    expect(agentShareOf(input)).toBe(1);
    expectSeconds(staffedAgentSecondsOf(input), 30_000, 30_000);
  });

  it('defaults the share to the series handle time over the pool busy time in the baseline', () => {
    // 30 000 / 40 000 = 0.75, held in both windows: on queue 60 000·0.75 = 45 000 → 50 000·0.75 = 37 500.
    const input = { ...base, agentTime: { counters: { baseline: pool(20_000), current: pool(10_000) } } };
    expect(agentShareOf(input)).toBeCloseTo(0.75, 12);
    expectSeconds(staffedAgentSecondsOf(input), 45_000, 37_500);
  });

  it('uses a share or staffed seconds the caller gives, and rejects a share outside (0, 1]', () => {
    const input = { ...base, agentTime: { counters: { baseline: pool(20_000), current: pool(10_000) }, share: 0.5 } };
    expectSeconds(staffedAgentSecondsOf(input), 30_000, 25_000);
    expect(staffedAgentSecondsOf({ ...input, staffedAgentSeconds: { baseline: 7, current: 8 } })).toEqual({ baseline: 7, current: 8 });
    expect(() => agentShareOf({ ...input, agentTime: { ...input.agentTime, share: 1.5 } })).toThrow(RangeError);
  });

  it('has no staffing when a window has no agent time', () => {
    expect(staffedAgentSecondsOf(base)).toBeNull();
    expect(staffedAgentSecondsOf({ ...base, staffedAgentSeconds: { baseline: 3600, current: 0 } })).toBeNull();
  });
});

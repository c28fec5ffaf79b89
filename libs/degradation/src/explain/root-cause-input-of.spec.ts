import { emptyCounters, INTERVAL_MS, type KpiCounters } from '@vahti/kpi';
import type { TenantRow } from '../series/tenant-rows';
import { rootCauseInputOf } from './root-cause-input-of';

const WEEK = 7 * 86_400_000;
const NOW = Date.parse('2026-03-04T09:00:00Z');
const counters = (over: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...over });

// Each interval: the queue's own row, a reason row, the queue's team row and the team's agent time.
function intervalRows(handled: number, talk: number): TenantRow[] {
  return [
    { queueId: 'q', channel: 'voice', dimension: 'all', dimensionValue: '', counters: counters({ handled, talkSeconds: talk }) },
    { queueId: 'q', channel: 'voice', dimension: 'reason', dimensionValue: 'billing', counters: counters({ handled, talkSeconds: talk }) },
    { queueId: 'q', channel: 'voice', dimension: 'team', dimensionValue: 't', counters: counters({ handled, talkSeconds: talk }) },
    { queueId: '*', channel: '*', dimension: 'all', dimensionValue: '', counters: counters({ busySeconds: 900 }) },
    { queueId: '*', channel: '*', dimension: 'team', dimensionValue: 't', counters: counters({ busySeconds: 900 }) },
  ];
}

describe('rootCauseInputOf', () => {
  const rows = new Map<number, TenantRow[]>();
  // The alert window: 09:00 and the two intervals before it (since 08:30), 10 contacts of 400 s each.
  for (const at of [NOW - 2 * INTERVAL_MS, NOW - INTERVAL_MS, NOW]) {
    rows.set(at, intervalRows(10, 4000));
    // Weeks 1 and 2 have data (10 × 300 s and 20 × 300 s); week 3 is empty.
    rows.set(at - WEEK, intervalRows(10, 3000));
    rows.set(at - 2 * WEEK, intervalRows(20, 6000));
  }
  const rowsAt = (at: number) => rows.get(at) ?? [];

  it('sums the window and averages the same window over the past weeks that have rows', () => {
    const input = rootCauseInputOf({
      kpi: 'average_handle_time',
      series: { queueId: 'q', channel: 'voice' },
      since: NOW - 2 * INTERVAL_MS,
      intervalStart: NOW,
      weeks: 3,
      serviceLevelSeconds: 20,
      rowsAt,
    });
    expect(input).not.toBeNull();
    expect(input?.windowSeconds).toBe(2700);
    expect(input?.series.current.handled).toBe(30);
    expect(input?.series.baseline.handled).toBe(45); // (3 × 10 + 3 × 20) / 2 weeks
    expect(input?.series.baseline.talkSeconds).toBe(13500);
    expect(input?.agentTime?.counters.current.busySeconds).toBe(2700);
    const team = input?.breakdowns?.team?.[0];
    // The team row holds its contacts in the queue and its agent time.
    expect(team).toMatchObject({ value: 't', current: { handled: 30, busySeconds: 2700 } });
    expect(input?.breakdowns?.reason?.map((r) => r.value)).toEqual(['billing']);
    expect(input?.breakdowns?.queue).toBeUndefined(); // a queue series is not split by queue
  });

  it('caps the window at two hours and gives null without any past week', () => {
    const long = rootCauseInputOf({
      kpi: 'average_handle_time',
      series: { queueId: 'q', channel: 'voice' },
      since: NOW - 20 * INTERVAL_MS,
      intervalStart: NOW,
      weeks: 3,
      serviceLevelSeconds: 20,
      rowsAt,
    });
    expect(long?.windowSeconds).toBe(8 * 900);
    const none = rootCauseInputOf({
      kpi: 'average_handle_time',
      series: { queueId: 'q', channel: 'voice' },
      since: NOW,
      intervalStart: NOW,
      weeks: 3,
      serviceLevelSeconds: 20,
      rowsAt: (at) => (at === NOW ? intervalRows(1, 1) : []),
    });
    expect(none).toBeNull();
  });
});

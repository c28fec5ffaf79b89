import { emptyCounters, type KpiCounters } from '@vahti/kpi';
import { intervalSeries, isTotal, seriesCountersIn, seriesKey, seriesOfKey, TOTAL } from './interval-series';
import type { TenantRow } from './tenant-rows';

const counters = (over: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...over });
const rows: TenantRow[] = [
  { queueId: 'voice-billing', channel: 'voice', dimension: 'all', dimensionValue: '', counters: counters({ answered: 10, handled: 9 }) },
  { queueId: 'voice-billing', channel: 'voice', dimension: 'reason', dimensionValue: 'billing', counters: counters({ answered: 7 }) },
  { queueId: 'chat-general', channel: 'chat', dimension: 'all', dimensionValue: '', counters: counters({ answered: 4 }) },
  // Agent time: in the tenant total, never a series of its own.
  { queueId: '*', channel: '*', dimension: 'all', dimensionValue: '', counters: counters({ busySeconds: 3600 }) },
  { queueId: '*', channel: '*', dimension: 'team', dimensionValue: 'team-a', counters: counters({ busySeconds: 3600 }) },
];

describe('intervalSeries', () => {
  it('lists each queue × channel in key order, then the tenant total of every `all` row, agent time included', () => {
    const series = intervalSeries(rows);
    expect(series.map(seriesKey)).toEqual([
      seriesKey({ queueId: 'chat-general', channel: 'chat' }),
      seriesKey({ queueId: 'voice-billing', channel: 'voice' }),
      seriesKey(TOTAL),
    ]);
    const total = series.at(-1);
    expect(total !== undefined && isTotal(total)).toBe(true);
    expect(total?.counters.answered).toBe(14); // 10 + 4: drill-down rows are not added again
    expect(total?.counters.busySeconds).toBe(3600);
  });

  it('gives no series for an interval without rows', () => {
    expect(intervalSeries([])).toEqual([]);
  });
});

describe('seriesCountersIn', () => {
  it('reads a queue series, the total, or nothing', () => {
    expect(seriesCountersIn(rows, { queueId: 'voice-billing', channel: 'voice' })?.handled).toBe(9);
    expect(seriesCountersIn(rows, TOTAL)?.answered).toBe(14);
    expect(seriesCountersIn(rows, { queueId: 'email', channel: 'email' })).toBeUndefined();
    expect(seriesCountersIn([], TOTAL)).toBeUndefined();
  });
});

describe('seriesOfKey', () => {
  it('gives back the series of a key, so stored states of series without rows can be stepped', () => {
    const queue = { queueId: 'voice-billing', channel: 'voice' };
    expect(seriesOfKey(seriesKey(queue))).toEqual(queue);
    expect(seriesOfKey(seriesKey(TOTAL))).toEqual(TOTAL);
  });
});

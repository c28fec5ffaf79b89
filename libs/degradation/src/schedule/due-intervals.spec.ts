import { INTERVAL_MS } from '@vahti/kpi';
import { dueIntervals, MAX_CATCH_UP_INTERVALS } from './due-intervals';

const MIN = 60_000;
const T = Date.parse('2026-03-04T09:00:00Z'); // an interval start

describe('dueIntervals', () => {
  it('live: reviews an interval 5 minutes after it closed, once the stream has reached the next one', () => {
    const progress = { lastReviewed: T - INTERVAL_MS, watermark: T + INTERVAL_MS, lastSeenAt: T + 18 * MIN };
    expect(dueIntervals(progress, T + 19 * MIN)).toEqual([]); // 09:19: 4 minutes after 09:15
    expect(dueIntervals(progress, T + 20 * MIN)).toEqual([T]);
    // Still nothing of 09:15 at 09:20, but the stream is flowing: wait for it.
    const behind = { lastReviewed: T - INTERVAL_MS, watermark: T, lastSeenAt: T + 19 * MIN };
    expect(dueIntervals(behind, T + 20 * MIN)).toEqual([]);
    // The stream went quiet at 09:14: each interval is reviewed 30 minutes after it closed.
    const quiet = { lastReviewed: T - INTERVAL_MS, watermark: T, lastSeenAt: T + 14 * MIN };
    expect(dueIntervals(quiet, T + 44 * MIN)).toEqual([]);
    expect(dueIntervals(quiet, T + 45 * MIN)).toEqual([T]);
    expect(dueIntervals(quiet, T + 60 * MIN)).toEqual([T, T + INTERVAL_MS]);
  });

  it('replay: reviews an interval once the stream is a whole interval past it, whatever the wall clock', () => {
    const now = T + 30 * 86_400_000;
    // Messages keep arriving (the stream is catching up), so the wall clock never overtakes it.
    const replay = (watermark: number) => ({ lastReviewed: T - INTERVAL_MS, watermark, lastSeenAt: now - 1000 });
    expect(dueIntervals(replay(T + INTERVAL_MS), now)).toEqual([]);
    expect(dueIntervals(replay(T + 2 * INTERVAL_MS), now)).toEqual([T]);
    expect(dueIntervals(replay(T + 4 * INTERVAL_MS), now)).toEqual([T, T + INTERVAL_MS, T + 2 * INTERVAL_MS]);
  });

  it('never reviews twice, starts at the first interval the stream shows, and catches up at most a day', () => {
    const seen = T + 20 * MIN;
    expect(dueIntervals({ lastReviewed: T, watermark: T + 2 * INTERVAL_MS, lastSeenAt: seen }, T + 2 * INTERVAL_MS)).toEqual([]);
    expect(dueIntervals({ lastReviewed: null, watermark: T + INTERVAL_MS, lastSeenAt: seen }, T + 20 * MIN)).toEqual([]);
    expect(dueIntervals({ lastReviewed: null, watermark: T, lastSeenAt: seen }, T + 20 * MIN)).toEqual([]);
    // Seen first at 09:15 (the caller then records 09:00 as reviewed): 09:15 is due at 09:35, once the stream is in 09:30.
    expect(dueIntervals({ lastReviewed: T, watermark: T + 2 * INTERVAL_MS, lastSeenAt: T + 34 * MIN }, T + 35 * MIN)).toEqual([
      T + INTERVAL_MS,
    ]);
    expect(dueIntervals({ lastReviewed: null, watermark: null, lastSeenAt: null }, T)).toEqual([]);
    const afterOutage = dueIntervals({ lastReviewed: T - 10 * 86_400_000, watermark: T + INTERVAL_MS, lastSeenAt: seen }, T + 20 * MIN);
    expect(afterOutage).toHaveLength(MAX_CATCH_UP_INTERVALS); // the day up to the watermark interval, which is not due yet
    expect(afterOutage.at(-1)).toBe(T);
    // A deployment that wants more of the gap reviewed sets the cap (ALERTER_MAX_CATCH_UP_INTERVALS).
    const longer = dueIntervals({ lastReviewed: T - 10 * 86_400_000, watermark: T + INTERVAL_MS, lastSeenAt: seen }, T + 20 * MIN, 200);
    expect([longer.length, longer.at(-1)]).toEqual([200, T]);
  });
});

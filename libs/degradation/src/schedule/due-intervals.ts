// When the alerter reviews a tenant's interval. Each closed interval is reviewed once, in order,
// after its events had time to arrive; nothing is re-reviewed on a timer. Progress is read from the
// KPI stream: the watermark is the start of the newest interval the evaluator has published for the
// tenant. An interval I (ending at E) is due when
//  - the stream has moved a whole interval past it (watermark ≥ E + 15 min): safe while the
//    evaluator catches up or replays, when partitions can be minutes of event time apart; or
//  - the stream is live (its watermark within LIVE_LAG_MS of the wall clock), it has reached the next
//    interval (watermark ≥ E), and SETTLE_MS have passed since E: the usual case, 5 minutes after close; or
//  - the stream went quiet (nothing received for MAX_WAIT_MS) and MAX_WAIT_MS have passed since E:
//    its intervals are still reviewed, so an alert can end and a silent stream is seen. A stream that
//    is catching up is never quiet, so it is not overtaken by the wall clock.
import { INTERVAL_MS } from '@vahti/kpi';

/** Late events of an interval mostly arrive within minutes (contact ends, wrap-up); surveys come later and are not waited for. */
export const SETTLE_MS = 5 * 60_000;
export const LIVE_LAG_MS = 60 * 60_000;
export const MAX_WAIT_MS = 2 * INTERVAL_MS;
/** After a long outage only the last day is reviewed (by default): older alerts would be news from yesterday. */
export const MAX_CATCH_UP_INTERVALS = 96;

export interface ReviewProgress {
  /** Start of the last interval reviewed, or null before the first. */
  readonly lastReviewed: number | null;
  /** Start of the newest interval the KPI stream has shown for the tenant, or null. */
  readonly watermark: number | null;
  /** Wall-clock time the latest KPI message of the tenant was received, or null. */
  readonly lastSeenAt: number | null;
}

/** Interval starts due for review now, oldest first; at most `maxCatchUp` of the newest after a gap. */
export function dueIntervals(progress: ReviewProgress, now: number, maxCatchUp = MAX_CATCH_UP_INTERVALS): number[] {
  if (progress.watermark === null) {
    return [];
  }
  const watermark = progress.watermark;
  const live = watermark >= now - LIVE_LAG_MS;
  const quiet = progress.lastSeenAt === null || now - progress.lastSeenAt >= MAX_WAIT_MS;
  const isDue = (start: number): boolean => {
    const end = start + INTERVAL_MS;
    return watermark >= end + INTERVAL_MS || (live && watermark >= end && now >= end + SETTLE_MS) || (quiet && now >= end + MAX_WAIT_MS);
  };
  const newest = Math.floor(Math.max(watermark, quiet ? now - MAX_WAIT_MS : watermark) / INTERVAL_MS) * INTERVAL_MS;
  // Without a recorded review the interval of the watermark is the first; a caller that sees a
  // tenant for the first time records the interval before its first watermark as reviewed.
  const first = progress.lastReviewed === null ? watermark : progress.lastReviewed + INTERVAL_MS;
  const from = Math.max(first, newest - maxCatchUp * INTERVAL_MS);
  const due: number[] = [];
  for (let start = from; start <= newest && isDue(start); start += INTERVAL_MS) {
    due.push(start);
  }
  return due;
}

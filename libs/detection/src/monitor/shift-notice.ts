// Whether a shift of a queue outcome (service level, abandonment) is worth a notification. Their
// bad outcomes come in clusters: a congestion spell makes every caller in it wait, so the binomial
// CUSUM, even corrected for the dispersion of the reference weeks, reads many short spells as
// shifts (replay of the fault-free baseline scenarios: squared Pearson residuals of service level
// averaged 17–30 per interval against 1 for a binomial; handle time and resolution stayed near 1).
// A shift that leaves the KPI on the good side of its target is not a degradation a manager must
// act on: SLO alerting pages on budget burn, not on every deviation (detection-and-stack.md §A.3).
// So the shift is notified only while the last windowIntervals burn the line's budget at the
// notice's rate (judged, as breaches are, on the least bad value the sample allows), with the KPI's
// minimum sample in them, and worse than those intervals usually are
// (the breach detector's recurring-breach test: a CUSUM that has carried a small residue since the
// week before must not page on the usual opening burst); until then, and for a series without a
// line, it stays `pending` (informational), and an episode that never met the condition ends
// without a `resolved`.
import { decisionValue, isNews } from '../breach/breach-detector';
import { burnRate, type BreachThreshold } from '../breach/breach-rules';
import { coveredIntervals, usualWindowValue, windowValue, type WindowEntry } from '../breach/observation-window';
import type { WatchedMetric } from '../observations/watched-metric';
import type { ShiftTransition } from '../shift/shift-detector';

export interface ShiftNoticeOutcome {
  /** The transition to report. */
  readonly transition: ShiftTransition;
  /** Whether the episode has been notified (kept with the shift state while it fires). */
  readonly notified: boolean;
}

/** The transition to report for a shift step of `metric`, given whether its episode was notified before. */
export function shiftNotice(
  metric: WatchedMetric,
  transition: ShiftTransition,
  notifiedBefore: boolean,
  entries: readonly WindowEntry[],
  at: number,
  threshold: BreachThreshold | null,
): ShiftNoticeOutcome {
  const notice = metric.shiftNotice;
  if (notice === undefined) {
    return { transition, notified: transition === 'fired' || transition === 'firing' };
  }
  if (transition === 'resolved') {
    return { transition: notifiedBefore ? 'resolved' : 'none', notified: false };
  }
  if (transition !== 'fired' && transition !== 'firing') {
    return { transition, notified: false };
  }
  if (notifiedBefore) {
    return { transition: 'firing', notified: true };
  }
  const window = windowValue(metric, entries, at, notice.windowIntervals);
  if (threshold === null || window.value === null || window.sample < metric.minSample) {
    return { transition: 'pending', notified: false };
  }
  // As the burn-rate rules: intervals without contacts burn nothing.
  const judged = decisionValue(metric, window) ?? window.value;
  const burn = (burnRate(metric, judged, threshold.value) * coveredIntervals(entries, at, notice.windowIntervals)) / notice.windowIntervals;
  const news = isNews(metric, window, usualWindowValue(metric, entries, at, notice.windowIntervals));
  return burn >= notice.burn && news ? { transition: 'fired', notified: true } : { transition: 'pending', notified: false };
}

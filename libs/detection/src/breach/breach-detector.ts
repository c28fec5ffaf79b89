// Target and benchmark breaches for one series and metric: the window values of the rule set turned
// into a verdict (enter with a severity, exit, or hold), then debounced with hysteresis
// (lifecycle/debounced-condition.ts). Judged on ratio-of-sums windows over the stored observations,
// never on a single interval's ratio. Two conditions keep known situations quiet: an error budget
// only burns while the queue is open (burn-rate rules scale the long window by the share of its
// intervals that had contacts), and a breach the slot usually has is not news (isNews).
import { stepDebounce, type DebounceState, type DebounceStep, type Verdict } from '../lifecycle/debounced-condition';
import type { WatchedMetric } from '../observations/watched-metric';
import { badness, judgedValue } from '../observations/metric-value';
import { burnRate, type BreachRuleSet, type BreachThreshold } from './breach-rules';
import { coveredIntervals, usualWindowValue, windowValue, type WindowEntry, type WindowValue } from './observation-window';

export interface BreachJudgement {
  readonly verdict: Verdict;
  /** The window the verdict rests on: the holding rule's long window, else the exit window. */
  readonly window: WindowValue;
  readonly windowIntervals: number;
  /** Burn rate of that window's value as shown (forecast accuracy: before the noise allowance), or null without a value. */
  readonly burnRate: number | null;
  /** The same window's value as it usually is at these times of the week, or null without a baseline. */
  readonly usual: number | null;
}

/**
 * [S]: a breach is news only when the window is at least this much worse than it usually is at
 * the same times of the week (badness ×1.5, the proportions' δ of the shift detector), for metrics
 * without a shift δ of their own (forecast accuracy). See isNews.
 */
export const RECURRING_MARGIN = 0.5;

/** The verdict of the rule set on the window ending at `at`. */
export function judgeBreach(
  metric: WatchedMetric,
  entries: readonly WindowEntry[],
  at: number,
  threshold: BreachThreshold,
  rules: BreachRuleSet,
): BreachJudgement {
  const burnOf = (value: number | null): number | null => (value === null ? null : burnRate(metric, value, threshold.value));
  // Entry uses the judged value (beyond the line with confidence); exit and sentences the measured one.
  const burn = (w: WindowValue): number | null => burnOf(decisionValue(metric, w));
  // Rules are tried most severe first, so the verdict carries the highest severity that holds.
  const ordered = [...rules.rules].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1));
  for (const rule of ordered) {
    const long = windowValue(metric, entries, at, rule.longIntervals);
    const short = windowValue(metric, entries, at, rule.shortIntervals);
    const longBurn = burn(long);
    const shortBurn = burn(short);
    if (long.sample < metric.minSample || longBurn === null || shortBurn === null) {
      continue;
    }
    const consumed =
      rules.scaleByCoverage === true ? (longBurn * coveredIntervals(entries, at, rule.longIntervals)) / rule.longIntervals : longBurn;
    const usual = usualWindowValue(metric, entries, at, rule.longIntervals);
    if (consumed >= rule.ratio && shortBurn >= rule.ratio && isNews(metric, long, usual)) {
      return {
        verdict: { kind: 'enter', severity: rule.severity },
        window: long,
        windowIntervals: rule.longIntervals,
        burnRate: burnOf(long.value),
        usual: usual?.value ?? null,
      };
    }
  }
  const exit = windowValue(metric, entries, at, rules.exitIntervals);
  const exitBurn = burnOf(exit.value);
  // With no sample in the exit window, or too little in the shortest long window to say anything,
  // there is nothing left to be in breach of: that counts as recovery (a queue that closed).
  const shortestLong = Math.min(...rules.rules.map((r) => r.longIntervals));
  const thin = windowValue(metric, entries, at, shortestLong).sample < metric.minSample;
  const recovered = exit.sample === 0 || exitBurn === null || exitBurn <= rules.exitRatio || thin;
  return {
    verdict: recovered ? { kind: 'exit' } : { kind: 'hold' },
    window: exit,
    windowIntervals: rules.exitIntervals,
    burnRate: exitBurn,
    usual: usualWindowValue(metric, entries, at, rules.exitIntervals)?.value ?? null,
  };
}

/**
 * Whether a breach (or an outcome shift, monitor/shift-notice.ts) is news: a window that is usually this bad at the same times of the week (the
 * opening hour's backlog of callbacks and repeats, a team that always misses its adherence target)
 * is a known, recurring breach; the manager sees it on the scorecard, and an alert every day would
 * teach them to ignore alerts (detection-and-stack.md §C.3, alert fatigue). News = badness at least
 * (1 + δ) times the usual badness, δ the metric's shift worth acting on. Without a baseline (cold
 * start) every breach is news.
 */
export function isNews(metric: WatchedMetric, window: WindowValue, usual: WindowValue | null): boolean {
  if (usual === null || usual.value === null) {
    return true;
  }
  const value = decisionValue(metric, window);
  if (value === null) {
    return false;
  }
  const margin = 1 + (metric.shift?.relativeShift ?? RECURRING_MARGIN);
  return badness(metric, value) >= margin * badness(metric, usual.value);
}

/** The value a window is judged on (observations/metric-value.ts judgedValue); plain counts per interval as they are. */
export function decisionValue(metric: WatchedMetric, window: WindowValue): number | null {
  return window.observation.kind === 'count' && metric.planned !== true ? window.value : judgedValue(metric, window.observation);
}

/** One breach evaluation: judge, then debounce. */
export function stepBreach(
  state: DebounceState,
  metric: WatchedMetric,
  entries: readonly WindowEntry[],
  at: number,
  threshold: BreachThreshold,
  rules: BreachRuleSet,
): { readonly step: DebounceStep; readonly judgement: BreachJudgement } {
  const judgement = judgeBreach(metric, entries, at, threshold, rules);
  return { step: stepDebounce(state, judgement.verdict, at, rules), judgement };
}

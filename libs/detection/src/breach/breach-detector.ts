// Target and benchmark breaches for one series and metric: the window values of the rule set turned
// into a verdict (enter with a severity, exit, or hold), then debounced with hysteresis
// (lifecycle/debounced-condition.ts). Judged on ratio-of-sums windows over the stored observations,
// never on a single interval's ratio.
import { stepDebounce, type DebounceState, type DebounceStep, type Verdict } from '../lifecycle/debounced-condition';
import type { WatchedMetric } from '../observations/watched-metric';
import { burnRate, type BreachRuleSet, type BreachThreshold } from './breach-rules';
import { windowValue, type WindowEntry, type WindowValue } from './observation-window';

export interface BreachJudgement {
  readonly verdict: Verdict;
  /** The window the verdict rests on: the holding rule's long window, else the exit window. */
  readonly window: WindowValue;
  readonly windowIntervals: number;
  /** Burn rate of that window, or null without a value. */
  readonly burnRate: number | null;
}

/** The verdict of the rule set on the window ending at `at`. */
export function judgeBreach(
  metric: WatchedMetric,
  entries: readonly WindowEntry[],
  at: number,
  threshold: BreachThreshold,
  rules: BreachRuleSet,
): BreachJudgement {
  const burn = (w: WindowValue): number | null => (w.value === null ? null : burnRate(metric, w.value, threshold.value));
  // Rules are tried most severe first, so the verdict carries the highest severity that holds.
  const ordered = [...rules.rules].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1));
  for (const rule of ordered) {
    const long = windowValue(metric, entries, at, rule.longIntervals);
    const short = windowValue(metric, entries, at, rule.shortIntervals);
    const longBurn = burn(long);
    const shortBurn = burn(short);
    if (long.sample >= metric.minSample && longBurn !== null && shortBurn !== null && longBurn >= rule.ratio && shortBurn >= rule.ratio) {
      return { verdict: { kind: 'enter', severity: rule.severity }, window: long, windowIntervals: rule.longIntervals, burnRate: longBurn };
    }
  }
  const exit = windowValue(metric, entries, at, rules.exitIntervals);
  const exitBurn = burn(exit);
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
  };
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

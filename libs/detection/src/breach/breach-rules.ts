// When a KPI counts as breaching its line, as data. Every rule compares a "burn rate": the
// badness of the window value over the badness of the line (observations/metric-value.ts), so for
// proportions it is the SRE workbook's error-budget burn (bad share / budget) and for durations
// the plain ratio to the line. A rule holds when the long window (significance) AND the short
// window (fast reset) are at or above its ratio, with enough sample in the long window.
//
// Defaults:
// - burn_rate (proportions against a target or benchmark, detection-and-stack.md §A.6.3 with a
//   12-hour opening day): critical when 25 % of the day's budget burns in 1 h (burn ≥ 3 over 1 h
//   and 15 min); warning when 50 % burns in 4 h (burn ≥ 1.5 over 4 h and 30 min). The pair is its
//   own debounce, so `for` = 1 (§A.6.5).
// - threshold (durations, volumes, forecast accuracy): warning when worse than the line over 1 h
//   and 15 min, `for` = 2 evaluations (§A.6.5); critical when 1.5× as bad [S], or beyond the KPI's
//   critical line when the caller gives one.
// - exit: the short exit window back to the line (burn ≤ 1) or 10 % better than it for threshold
//   rules [S], held `keepFiringFor` = 2 evaluations = 30 min (§A.6.5, §C.4).
import type { Severity } from '../lifecycle/severity';
import { badness } from '../observations/metric-value';
import type { WatchedMetric } from '../observations/watched-metric';

export interface BreachRule {
  readonly severity: Severity;
  readonly longIntervals: number;
  readonly shortIntervals: number;
  /** Burn rate at or above which the rule holds. */
  readonly ratio: number;
}

export interface BreachRuleSet {
  readonly rules: readonly BreachRule[];
  /** The exit window, and the burn rate at or below which it counts as recovered. */
  readonly exitIntervals: number;
  readonly exitRatio: number;
  readonly forIntervals: number;
  readonly keepFiringFor: number;
  /**
   * Error-budget rules: the long window's burn counts only for the share of its intervals that had a
   * sample. The SRE workbook's rule is "budget fraction consumed = burn × window / period" (§A.3);
   * a queue that opened 15 minutes ago consumed a quarter of what the same burn over a whole hour
   * would, so the first interval after a closure cannot page on its own.
   */
  readonly scaleByCoverage?: boolean;
}

/** The line a KPI is held to, in the KPI's unit: a target (the tenant's or the KPI default) or a benchmark median. */
export interface BreachThreshold {
  readonly value: number;
  readonly source: 'target' | 'benchmark';
  /** A critical line beyond `value` (e.g. the KPI's DefaultTarget.critical); absent = the rule set's default. */
  readonly critical?: number;
}

/** [S]: "far beyond" a threshold line: 1.5× its badness (e.g. ASA 45 s against a 30 s line). */
export const DEFAULT_CRITICAL_RATIO = 1.5;

export const BURN_RATE_RULES: BreachRuleSet = {
  rules: [
    { severity: 'critical', longIntervals: 4, shortIntervals: 1, ratio: 3 },
    { severity: 'warning', longIntervals: 16, shortIntervals: 2, ratio: 1.5 },
  ],
  exitIntervals: 2,
  exitRatio: 1,
  forIntervals: 1,
  keepFiringFor: 2,
  scaleByCoverage: true,
};

export const THRESHOLD_RULES: BreachRuleSet = {
  rules: [
    { severity: 'critical', longIntervals: 4, shortIntervals: 1, ratio: DEFAULT_CRITICAL_RATIO },
    { severity: 'warning', longIntervals: 4, shortIntervals: 1, ratio: 1 },
  ],
  exitIntervals: 2,
  exitRatio: 1 / 1.1,
  forIntervals: 2,
  keepFiringFor: 2,
};

/**
 * Plan comparisons work on whole forecast blocks (up to 60 min, breach/observation-window.ts): the
 * long window holds the last two complete hours, the short and exit windows the last one.
 */
export const PLAN_RULES: BreachRuleSet = {
  ...THRESHOLD_RULES,
  rules: THRESHOLD_RULES.rules.map((r) => ({ ...r, longIntervals: 8, shortIntervals: 4 })),
  exitIntervals: 4,
};

/** The default rule set of a metric, with the critical ratio taken from the threshold's critical line when it has one. */
export function breachRulesFor(metric: WatchedMetric, threshold: BreachThreshold): BreachRuleSet | null {
  if (metric.breach === null) {
    return null;
  }
  const base = metric.breach === 'burn_rate' ? BURN_RATE_RULES : metric.planned === true ? PLAN_RULES : THRESHOLD_RULES;
  if (threshold.critical === undefined) {
    return base;
  }
  const ratio = burnRate(metric, threshold.critical, threshold.value);
  return { ...base, rules: base.rules.map((r) => (r.severity === 'critical' ? { ...r, ratio } : r)) };
}

/** badness(value) / badness(line): ≥ 1 means at least as bad as the line. */
export function burnRate(metric: WatchedMetric, value: number, line: number): number {
  const budget = badness(metric, line);
  const bad = badness(metric, value);
  if (budget <= 0) {
    return bad > 0 ? Infinity : 0;
  }
  return bad / budget;
}

/** Intervals of history the rule set needs (plus one hour for plan blocks that start before the window). */
export function windowIntervalsNeeded(rules: BreachRuleSet): number {
  return Math.max(rules.exitIntervals, ...rules.rules.map((r) => r.longIntervals)) + 3;
}

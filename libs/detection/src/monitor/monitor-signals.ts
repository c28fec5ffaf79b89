// Turns detector steps into signals with their sentence. A step that is neither pending, firing
// nor resolved says nothing.
import type { BreachThreshold } from '../breach/breach-rules';
import type { BreachJudgement } from '../breach/breach-detector';
import type { DebounceStep, Transition } from '../lifecycle/debounced-condition';
import { metricValue } from '../observations/metric-value';
import type { WatchedMetric } from '../observations/watched-metric';
import { breachSentence, shiftSentence } from '../signals/reason-text';
import type { Signal, SignalStatus } from '../signals/signal';
import type { ShiftEpisode, ShiftStep } from '../shift/shift-detector';
import { sampleOf } from '../observations/observation';

const STATUS: Readonly<Partial<Record<Transition, SignalStatus>>> = {
  pending: 'pending',
  fired: 'firing',
  firing: 'firing',
  resolved: 'resolved',
};

/** The breach signal of a step, or null. */
export function breachSignal(
  metric: WatchedMetric,
  step: DebounceStep,
  judgement: BreachJudgement,
  threshold: BreachThreshold,
  expected: number | null,
  at: number,
  utcOffsetMinutes: number,
): Signal | null {
  const status = STATUS[step.transition];
  if (status === undefined || step.since === null) {
    return null;
  }
  const { value, sample } = judgement.window;
  return {
    metric: metric.id,
    detector: 'breach',
    status,
    severity: step.severity ?? 'warning',
    since: step.since,
    intervalStart: at,
    value,
    expected,
    threshold: threshold.value,
    sample,
    reason: breachSentence(
      metric,
      value,
      sample,
      judgement.windowIntervals,
      threshold,
      judgement.burnRate,
      step.since,
      at,
      utcOffsetMinutes,
      status === 'resolved',
    ),
  };
}

/** A breach that ends because its line was withdrawn (the caller passes no threshold any more). */
export function withdrawnBreachSignal(metric: WatchedMetric, since: number, severity: Signal['severity'], at: number): Signal {
  return {
    metric: metric.id,
    detector: 'breach',
    status: 'resolved',
    severity,
    since,
    intervalStart: at,
    value: null,
    expected: null,
    threshold: null,
    sample: 0,
    reason: `${metric.label}: no target or benchmark to hold it to any more; breach over`,
  };
}

/** The KPI value and the expected value over a shift episode (counts: per interval). */
export function episodeValues(metric: WatchedMetric, episode: ShiftEpisode): { value: number | null; expected: number; sample: number } {
  const raw = metricValue(metric, episode.observation);
  const perInterval = episode.observation.kind === 'count';
  return {
    value: raw === null ? null : perInterval ? raw / episode.intervals : raw,
    expected: episode.weight > 0 ? episode.expectedWeighted / episode.weight : 0,
    sample: sampleOf(episode.observation),
  };
}

/** The shift signal of a step, or null. */
export function shiftSignal(metric: WatchedMetric, step: ShiftStep, at: number, utcOffsetMinutes: number): Signal | null {
  const status = STATUS[step.transition];
  if (status === undefined || step.since === null || step.episode === null) {
    return null;
  }
  const { value, expected, sample } = episodeValues(metric, step.episode);
  return {
    metric: metric.id,
    detector: 'shift',
    status,
    severity: step.severity ?? 'warning',
    since: step.since,
    intervalStart: at,
    value,
    expected,
    threshold: null,
    sample,
    reason: shiftSentence(metric, value, sample, expected, at, step.since, utcOffsetMinutes, status === 'resolved'),
  };
}

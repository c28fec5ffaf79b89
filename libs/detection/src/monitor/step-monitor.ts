// One evaluation of one series × metric for one closed interval: breach against the line the
// caller passes, shift against the seasonal baseline of the references it passes, both suppressed
// when the interval's data are broken. Deterministic and clock-free: the same state and input give
// the same output, so a replay reproduces every signal.
//
// Rules the alerter can rely on:
// - Order: an interval at or before the last one evaluated is ignored (lifecycle/interval-order.ts).
// - Broken data: the interval's observation is not added to any window or CUSUM and no signal is
//   emitted; states are held as they are, so a silent stream neither raises nor resolves alerts.
// - Cold start: a new state has empty windows (breaches are judged on what there is, with the
//   sample minimum as guard) and CUSUM 0 without head start. Until the references hold `minWeeks`
//   usable weeks there is no baseline: no shift is judged (a firing one is held), breaches work.
// - No line: without a threshold no breach is judged; a firing breach whose line is withdrawn resolves.
import type { KpiCounters } from '@vahti/kpi';
import { expectedValue, seasonalBaseline, type Baseline } from '../baseline/seasonal-baseline';
import type { ReferenceObservation } from '../baseline/reference-observation';
import { breachRulesFor, windowIntervalsNeeded, BURN_RATE_RULES, type BreachThreshold } from '../breach/breach-rules';
import { stepBreach } from '../breach/breach-detector';
import { appendToWindow, windowValue } from '../breach/observation-window';
import { brokenReasonsFor } from '../data-quality/broken-data';
import type { DataQualityReason } from '../data-quality/data-quality-reason';
import { INACTIVE } from '../lifecycle/debounced-condition';
import { intervalOrder, type StepOutcome } from '../lifecycle/interval-order';
import { metricValue } from '../observations/metric-value';
import { emptyObservation, sampleOf } from '../observations/observation';
import { watchedMetric } from '../observations/watched-metrics';
import type { WatchedMetric } from '../observations/watched-metric';
import type { Signal } from '../signals/signal';
import { episodeShift } from '../shift/episode-shift';
import { stepShift, type ShiftEpisode } from '../shift/shift-detector';
import { observedShift, shiftIncrement } from '../shift/shift-increment';
import { usualObservation } from '../baseline/usual-observation';
import { DEFAULT_MONITOR_CONFIG, type MonitorConfig } from './monitor-config';
import { shiftNotice } from './shift-notice';
import { breachSignal, shiftSignal, withdrawnBreachSignal } from './monitor-signals';
import type { MonitorState } from './monitor-state';

/** Counters of the same slot in an earlier week (see baseline/reference-observation.ts). */
export interface ReferenceCounters {
  readonly weeksAgo: number;
  readonly slotOffset?: number;
  readonly counters: Readonly<KpiCounters>;
}

export interface MonitorInput {
  /** Start of the closed interval (epoch ms, on the 15-minute grid). */
  readonly intervalStart: number;
  readonly counters: Readonly<KpiCounters>;
  /** The same slot of the week in the last K weeks (K = 4 recommended), optionally with neighbouring slots. */
  readonly references: readonly ReferenceCounters[];
  /** The line to hold the KPI to, or null/absent for none. */
  readonly threshold?: BreachThreshold | null;
  /** Data-quality reasons flagged for the tenant or series in this interval (DataQualityStep.flagged). */
  readonly dataQuality?: readonly DataQualityReason[];
  /** Local time offset at the interval, for sentences only. */
  readonly utcOffsetMinutes?: number;
}

export interface MonitorEvaluation {
  /** This interval's own KPI value and sample. */
  readonly value: number | null;
  readonly sample: number;
  readonly baseline: Baseline | null;
  /** The baseline's expected KPI value, or null without a baseline. */
  readonly expected: number | null;
  /** CUSUM statistic after the step. */
  readonly cusum: number;
  /** Burn rate of the window the breach verdict rested on, or null. */
  readonly burnRate: number | null;
}

export interface MonitorStep {
  readonly state: MonitorState;
  readonly signals: readonly Signal[];
  readonly outcome: StepOutcome;
  readonly dataQuality: 'ok' | 'broken';
  readonly brokenReasons: readonly DataQualityReason[];
  /** Null when the interval was ignored or its data were broken. */
  readonly evaluation: MonitorEvaluation | null;
}

/** One monitor evaluation of `input.intervalStart` for the series and metric of `state`. */
export function stepMonitor(state: MonitorState, input: MonitorInput, config: MonitorConfig = DEFAULT_MONITOR_CONFIG): MonitorStep {
  const metric = watchedMetric(state.metric);
  if (metric === undefined) {
    throw new Error(`unknown watched metric ${state.metric}`);
  }
  const at = input.intervalStart;
  const outcome = intervalOrder(state.lastIntervalStart, at);
  if (outcome !== 'evaluated') {
    return { state, signals: [], outcome, dataQuality: 'ok', brokenReasons: [], evaluation: null };
  }
  const brokenReasons = brokenReasonsFor(metric, input.dataQuality ?? []);
  if (brokenReasons.length > 0) {
    return { state: { ...state, lastIntervalStart: at }, signals: [], outcome, dataQuality: 'broken', brokenReasons, evaluation: null };
  }
  const offset = input.utcOffsetMinutes ?? 0;
  const observation = metric.observe(input.counters) ?? emptyObservation(metric.kind);
  const threshold = input.threshold ?? null;
  const rules = config.breachRules?.[metric.id] ?? (threshold === null ? null : breachRulesFor(metric, threshold));
  const references = referenceObservations(metric, input.references);
  const usual = usualObservation(metric.kind, references, config.baseline.minWeeks);
  const window = appendToWindow(state.window, at, observation, windowIntervalsNeeded(rules ?? BURN_RATE_RULES), usual);
  const baseline = metric.shift === null ? null : seasonalBaseline(metric, references, config.baseline);
  const expected = baseline === null ? null : expectedValue(metric, baseline);
  const signals: Signal[] = [];

  let breach = state.breach;
  let burnRate: number | null = null;
  if (threshold !== null && rules !== null && metric.breach !== null) {
    const { step, judgement } = stepBreach(state.breach, metric, window, at, threshold, rules);
    breach = step.state;
    burnRate = judgement.burnRate;
    pushSignal(signals, breachSignal(metric, step, judgement, threshold, expected, at, offset));
  } else if (state.breach.phase !== 'inactive') {
    breach = INACTIVE;
    if (state.breach.phase === 'firing' && state.breach.since !== null) {
      signals.push(withdrawnBreachSignal(metric, state.breach.since, state.breach.severity ?? 'warning', at));
    }
  }

  let shift = state.shift;
  if (metric.shift !== null && baseline !== null && expected !== null) {
    const relativeShift = config.relativeShift?.[metric.id] ?? metric.shift.relativeShift;
    const own = observedShift(metric, observation, baseline) ?? relativeShift;
    const evidence = {
      increment: shiftIncrement(metric, observation, baseline, relativeShift),
      spike: shiftIncrement(metric, observation, baseline, Math.max(relativeShift, own)),
      recovery: shiftIncrement(metric, observation, baseline, Math.max(relativeShift, state.shift.level ?? relativeShift)),
      observation,
      expected,
      levelOf: (episode: ShiftEpisode) => episodeShift(metric, episode),
    };
    const step = stepShift(state.shift, evidence, at, config.shift);
    const notice = shiftNotice(metric, step.transition, state.shift.notified === true, window, at, threshold);
    shift = step.state.phase === 'firing' ? { ...step.state, notified: notice.notified } : step.state;
    pushSignal(signals, shiftSignal(metric, { ...step, transition: notice.transition }, at, offset));
  }

  return {
    state: { version: 1, metric: metric.id, lastIntervalStart: at, window, breach, shift },
    signals,
    outcome,
    dataQuality: 'ok',
    brokenReasons: [],
    evaluation: {
      // A plan block spans up to four intervals: the interval's value is that of the block ending in it, if any.
      value: metric.planned === true ? windowValue(metric, window, at, 1).value : metricValue(metric, observation),
      sample: sampleOf(observation),
      baseline,
      expected,
      cusum: shift.statistic,
      burnRate,
    },
  };
}

function referenceObservations(metric: WatchedMetric, references: readonly ReferenceCounters[]): ReferenceObservation[] {
  return references.map((r) => ({
    weeksAgo: r.weeksAgo,
    ...(r.slotOffset === undefined ? {} : { slotOffset: r.slotOffset }),
    observation: metric.observe(r.counters) ?? emptyObservation(metric.kind),
  }));
}

function pushSignal(signals: Signal[], signal: Signal | null): void {
  if (signal !== null) {
    signals.push(signal);
  }
}

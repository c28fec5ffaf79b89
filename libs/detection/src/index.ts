// Public API of @vahti/detection: degradation detectors for KPI series. Pure TypeScript, data in,
// data out: no Nest, no I/O, no clock. The alerter calls stepDataQuality per tenant (or series) and
// stepMonitor per series × watched metric once per closed 15-minute interval, and persists the
// returned states (plain JSON).
export {
  emptyObservation,
  addObservations,
  sumObservations,
  sampleOf,
  type Observation,
  type ObservationKind,
  type ProportionObservation,
  type MeanObservation,
  type CountObservation,
} from './observations/observation';
export type { WatchedMetric, Worse, EventFamily, BreachStyle, ShiftSpec } from './observations/watched-metric';
export { WATCHED_METRICS, watchedMetric } from './observations/watched-metrics';
export { metricValue, badness } from './observations/metric-value';
export { DEFAULT_BASELINE_CONFIG, type BaselineConfig, type ReferenceObservation } from './baseline/reference-observation';
export { proportionBaseline, type ProportionBaseline } from './baseline/proportion-baseline';
export { meanBaseline, MIN_RELATIVE_SIGMA, type MeanBaseline } from './baseline/mean-baseline';
export { countBaseline, type CountBaseline } from './baseline/count-baseline';
export { seasonalBaseline, expectedValue, type Baseline } from './baseline/seasonal-baseline';
export {
  BURN_RATE_RULES,
  THRESHOLD_RULES,
  PLAN_RULES,
  DEFAULT_CRITICAL_RATIO,
  breachRulesFor,
  burnRate,
  windowIntervalsNeeded,
  type BreachRule,
  type BreachRuleSet,
  type BreachThreshold,
} from './breach/breach-rules';
export { appendToWindow, windowValue, type WindowEntry, type WindowValue } from './breach/observation-window';
export { judgeBreach, stepBreach, type BreachJudgement } from './breach/breach-detector';
export { degradedRate, binomialLogLikelihoodRatio, bernoulliIncrement } from './shift/bernoulli-cusum';
export { normalMeanIncrement, type NormalIncrement } from './shift/normal-cusum';
export { poissonLogLikelihoodRatio, poissonIncrement, MIN_EXPECTED_COUNT } from './shift/poisson-cusum';
export { shiftIncrement, observedShift } from './shift/shift-increment';
export { episodeShift } from './shift/episode-shift';
export {
  stepShift,
  DEFAULT_SHIFT_CONFIG,
  WATCHING,
  type ShiftConfig,
  type ShiftState,
  type ShiftStep,
  type ShiftEpisode,
  type ShiftEvidence,
  type ShiftTransition,
} from './shift/shift-detector';
export { type Severity, maxSeverity } from './lifecycle/severity';
export {
  stepDebounce,
  INACTIVE,
  type DebounceState,
  type DebounceRule,
  type DebounceStep,
  type Verdict,
  type Phase,
  type Transition,
} from './lifecycle/debounced-condition';
export { intervalOrder, type StepOutcome } from './lifecycle/interval-order';
export type { HealthObservation } from './data-quality/health-observation';
export { DATA_QUALITY_REASONS, CORRUPTED_FAMILIES, REASON_TEXT, type DataQualityReason } from './data-quality/data-quality-reason';
export {
  checkHealth,
  DEFAULT_DATA_QUALITY_CONFIG,
  type DataQualityCheck,
  type DataQualityConfig,
} from './data-quality/data-quality-checks';
export { stepDataQuality, initialDataQualityState, type DataQualityState, type DataQualityStep } from './data-quality/data-quality-monitor';
export { brokenReasonsFor, isComputedFromBrokenData } from './data-quality/broken-data';
export type { Signal, SignalStatus, Detector } from './signals/signal';
export { slotLabel, sinceLabel } from './signals/reason-text';
export { DEFAULT_MONITOR_CONFIG, type MonitorConfig } from './monitor/monitor-config';
export { initialMonitorState, parseMonitorState, type MonitorState } from './monitor/monitor-state';
export { stepMonitor, type MonitorInput, type MonitorStep, type MonitorEvaluation, type ReferenceCounters } from './monitor/step-monitor';
export { poissonUpperTail } from './stats/poisson-tail';
export { median, medianAbsoluteDeviation, MAD_TO_SIGMA } from './stats/robust-statistics';

// Public API of @vahti/kpi: the process model, KPI definitions and their incremental computation,
// benchmark packs and the rating scale. Pure TypeScript: data in, data out, no Nest, no I/O.
export { INTERVAL_MINUTES, INTERVAL_MS, DAY_MS, intervalStart, dayStart, periodStart, type Granularity } from './time/period';
export {
  COUNTER_NAMES,
  emptyCounters,
  addCounters,
  sumCounters,
  countersFromJson,
  countersFromValues,
  countersToJson,
  type CounterName,
  type KpiCounters,
  type CounterDelta,
} from './counters/kpi-counters';
export {
  emptyWaitSketch,
  recordWait,
  mergeWaitSketch,
  waitQuantile,
  waitSketchToBytes,
  waitSketchFromBytes,
  type WaitSketch,
} from './counters/wait-sketch';
export {
  ANY,
  DIMENSIONS,
  aggregateKeyString,
  parseAggregateKey,
  periodOfAggregateKey,
  emptyAggregate,
  cloneAggregate,
  mergeAggregateInto,
  mergeAggregates,
  type Aggregate,
  type AggregateKey,
  type Dimension,
} from './counters/aggregate';
export {
  DEFAULT_EVALUATION_SETTINGS,
  DEFAULT_QUEUE_SETTINGS,
  DEFAULT_REPEAT_WINDOW_HOURS,
  type EvaluationSettings,
  type QueueSettings,
} from './apply/evaluation-settings';
export { evaluateBatch, type BatchOutcome, type FactsView } from './apply/evaluate-batch';
export { applyBatch, newState, rowsOf, type EvaluatorState } from './apply/memory-state';
export { factKeysOf, customerKey, agentKey, evaluationKey, forecastKey, workforceKey, type FactKeys } from './apply/fact-keys';
export { settleDerivedTerms } from './apply/derived-terms';
export type { CustomerTimeline } from './apply/customer-timeline';
export type { AgentTimeline, AgentState, AgentStateEntry } from './apply/agent-timeline';
export { activityOf, coverageKeysOf, EMPTY_ROSTER, type AgentRoster } from './apply/agent-coverage';
export type { QaRecord } from './apply/qa-evaluations';
export type { ForecastSlot } from './apply/forecast-intervals';
export type { WorkforceFact, PlanSlot, HrEntry, TeamPlan } from './apply/workforce-fact';
export { ADHERENCE_GRACE_MS } from './apply/slot-terms';
export type { Scope } from './apply/scope';
export { KPI_DEFINITIONS, kpiDefinition } from './kpis/kpi-catalog';
export type { KpiDefinition, KpiInput, KpiValue, Better, KpiUnit, DefaultTarget } from './kpis/kpi-definition';
export { PROCESS_MODEL, type AreaDefinition, type ProcessDefinition } from './model/process-model';
export {
  parseBenchmarkPack,
  findBenchmark,
  BenchmarkPackError,
  BenchmarkPackSchema,
  EVIDENCE_LABELS,
  type BenchmarkPack,
  type BenchmarkEntry,
  type Evidence,
} from './benchmarks/benchmark-pack';
export { wilsonInterval } from './stats/wilson-interval';
export { meanInterval } from './stats/mean-interval';
export { yardstickOf, type Yardstick, type TenantTarget } from './rating/yardstick';
export { LEVEL_NAMES, type Rating, type RatingLevel } from './rating/rating-scale';
export { rateKpi } from './rating/rate-kpi';
export { rateProcess, rateArea, type RollUp, type RatedKpi } from './rating/rate-process';
export { ladderOf, type Ladder, type LadderLine, type LineName } from './rating/ladder';
export { assessKpi, type KpiAssessment, type Gap, type Direction } from './rating/assess-kpi';
export { describeKpi } from './rating/describe-kpi';
export { formatValue } from './rating/format-value';
export { kpiInputOf, dominantChannel, benchmarkChannel, type ScopeRow, type ChannelRow } from './evaluate/kpi-input';
export { combinedWindowInputs, windowInputs, type WindowInputs } from './evaluate/window-inputs';
export { evaluateKpi, type KpiResult } from './evaluate/evaluate-kpi';
export { buildScorecard, type AreaScore, type ProcessScore, type YardstickFor } from './evaluate/scorecard';
export { renderProcessModelDoc } from './render/process-model-doc';
export { DEFAULT_BENCHMARK_PACK_PATH } from './benchmarks/default-pack-file';
export {
  parseTenantSettings,
  evaluationSettingsOf,
  tenantTargetOf,
  TenantSettingsError,
  TenantSettingsSchema,
  type TenantSettingsFile,
} from './apply/tenant-settings';
export { createYardsticks, type YardstickLookup } from './rating/yardsticks';
export { homeProcess, type ProcessRef } from './model/home-process';
export { seriesKpis, TENANT_TOTAL, type SeriesKpi, type SeriesRow } from './evaluate/series-kpis';
export { CONSISTENCY_KPIS } from './kpis/consistency-kpis';
export { tieKey } from './apply/tie-key';

// Test helper: runs events through the incremental path exactly as the evaluator does (one batch or
// many, facts carried between batches) and returns the merged rows.
import type { VahtiEvent } from '@vahti/contracts';
import {
  type Aggregate,
  type AgentTimeline,
  type CustomerTimeline,
  DEFAULT_EVALUATION_SETTINGS,
  type EvaluationSettings,
  type ForecastSlot,
  type QaRecord,
  type ScopeRow,
  type WorkforceFact,
  cloneAggregate,
  emptyAggregate,
  evaluateBatch,
  mergeAggregateInto,
  parseAggregateKey,
  settleDerivedTerms,
} from '@vahti/kpi';

export interface EvaluatorState {
  readonly rows: Map<string, Aggregate>;
  readonly customers: Map<string, CustomerTimeline>;
  readonly agents: Map<string, AgentTimeline>;
  readonly evaluations: Map<string, QaRecord>;
  readonly forecasts: Map<string, ForecastSlot>;
  readonly workforce: Map<string, WorkforceFact>;
}

/** An empty state. */
export function newState(): EvaluatorState {
  return { rows: new Map(), customers: new Map(), agents: new Map(), evaluations: new Map(), forecasts: new Map(), workforce: new Map() };
}

/** Applies one batch to `state` the way the evaluator does (copy, merge deltas, settle, swap in). */
export function applyBatch(
  state: EvaluatorState,
  events: readonly VahtiEvent[],
  settings: EvaluationSettings = DEFAULT_EVALUATION_SETTINGS,
): void {
  const outcome = evaluateBatch(
    events,
    {
      customer: (k) => state.customers.get(k),
      agent: (k) => state.agents.get(k),
      evaluation: (k) => state.evaluations.get(k),
      forecast: (k) => state.forecasts.get(k),
      workforce: (k) => state.workforce.get(k),
    },
    settings,
  );
  const touched = new Map<string, Aggregate>();
  for (const [key, delta] of outcome.deltas) {
    const current = state.rows.get(key);
    touched.set(key, mergeAggregateInto(current === undefined ? emptyAggregate() : cloneAggregate(current), delta));
  }
  settleDerivedTerms(touched, settings);
  for (const [key, row] of touched) {
    state.rows.set(key, row);
  }
  outcome.customers.forEach((v, k) => state.customers.set(k, v));
  outcome.agents.forEach((v, k) => state.agents.set(k, v));
  outcome.evaluations.forEach((v, k) => state.evaluations.set(k, v));
  outcome.forecasts.forEach((v, k) => state.forecasts.set(k, v));
  outcome.workforce.forEach((v, k) => state.workforce.set(k, v));
}

/** Rows of one granularity (and optionally one period) as ScopeRows for kpiInputOf. */
export function rowsOf(state: EvaluatorState, granularity: 'interval' | 'day', periodStart?: number): ScopeRow[] {
  const rows: ScopeRow[] = [];
  for (const [text, aggregate] of state.rows) {
    const key = parseAggregateKey(text);
    if (key.granularity === granularity && (periodStart === undefined || key.periodStart === periodStart)) {
      rows.push({ queueId: key.queueId, channel: key.channel, dimension: key.dimension, dimensionValue: key.dimensionValue, aggregate });
    }
  }
  return rows;
}

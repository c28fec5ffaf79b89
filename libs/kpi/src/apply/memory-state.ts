// The evaluator's state held in memory: every aggregate row and every fact, with batches applied
// exactly as the evaluator applies them (copy the touched rows, add the deltas, settle the derived
// terms, swap in). The evaluator keeps this state in PostgreSQL; tests, replays and the detection
// benchmark keep it here, so all of them compute the same rows from the same events.
import type { VahtiEvent } from '@vahti/contracts';
import { type Aggregate, cloneAggregate, emptyAggregate, mergeAggregateInto, parseAggregateKey } from '../counters/aggregate';
import type { Granularity } from '../time/period';
import { settleDerivedTerms } from './derived-terms';
import { emptyFactMaps, evaluateBatch, type FactMaps } from './evaluate-batch';
import { DEFAULT_EVALUATION_SETTINGS, type EvaluationSettings } from './evaluation-settings';
import type { ScopeRow } from '../evaluate/kpi-input';

export interface EvaluatorState extends FactMaps {
  /** Aggregates keyed by aggregateKeyString. */
  readonly rows: Map<string, Aggregate>;
}

/** An empty state. */
export function newState(): EvaluatorState {
  return { rows: new Map(), ...emptyFactMaps() };
}

/**
 * Applies one batch to `state` the way the evaluator does; returns the keys of the rows it changed.
 * `inPlace` adds into the stored rows instead of copies: a caller that never abandons a batch (a
 * replay) saves copying every touched row, wait sketches included, on every batch.
 */
export function applyBatch(
  state: EvaluatorState,
  events: readonly VahtiEvent[],
  settings: EvaluationSettings = DEFAULT_EVALUATION_SETTINGS,
  options: { readonly inPlace?: boolean } = {},
): ReadonlySet<string> {
  const outcome = evaluateBatch(
    events,
    {
      customer: (k) => state.customers.get(k),
      agent: (k) => state.agents.get(k),
      evaluation: (k) => state.evaluations.get(k),
      forecast: (k) => state.forecasts.get(k),
      workforce: (k) => state.workforce.get(k),
      roster: (tenantId) => state.rosters.get(tenantId),
    },
    settings,
  );
  const touched = new Map<string, Aggregate>();
  for (const [key, delta] of outcome.deltas) {
    const current = state.rows.get(key);
    const target = current === undefined ? emptyAggregate() : options.inPlace === true ? current : cloneAggregate(current);
    touched.set(key, mergeAggregateInto(target, delta));
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
  outcome.rosters.forEach((v, k) => state.rosters.set(k, v));
  return new Set(touched.keys());
}

/** Rows of one granularity (and optionally one period) as ScopeRows for kpiInputOf. */
export function rowsOf(state: EvaluatorState, granularity: Granularity, periodStart?: number): ScopeRow[] {
  const rows: ScopeRow[] = [];
  for (const [text, aggregate] of state.rows) {
    const key = parseAggregateKey(text);
    if (key.granularity === granularity && (periodStart === undefined || key.periodStart === periodStart)) {
      rows.push({ queueId: key.queueId, channel: key.channel, dimension: key.dimension, dimensionValue: key.dimensionValue, aggregate });
    }
  }
  return rows;
}

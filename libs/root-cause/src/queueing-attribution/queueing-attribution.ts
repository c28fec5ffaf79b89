// Splits a change of service level, ASA or abandonment among the three queueing drivers of
// kpi-catalog §5.1 and R1/R4/R5: volume (λ), handle time (AHT) and staffing (N). The model is
// evaluated at all 2³ = 8 mixes of baseline and current driver values; from them come the
// counterfactuals ("with handle time at its baseline, service level would have been X": current
// values except that one driver), the exact Shapley values, and how much of the observed change the
// model reproduces (detection-and-stack §B.3 item 2: "rank drivers by how much of the gap each
// closes"). Patience is pooled over both windows (patience.ts), T is the series' own.
import type { KpiCounters } from '@vahti/kpi';
import type { WindowPair } from '../input/root-cause-input';
import { kpiValueOf } from '../metrics/kpi-value';
import { meanPatienceOf } from './patience';
import { modelledValue, modelOf, type ModelSettings, type QueueingKpi, type QueueModel } from './queue-model';
import { queueStateOf, type QueueState } from './queue-state';
import { shapleyValues } from './shapley';

export const QUEUE_FACTORS = ['volume', 'handle_time', 'staffing'] as const;
export type QueueFactor = (typeof QUEUE_FACTORS)[number];

export interface QueueingInput {
  readonly kpi: QueueingKpi;
  readonly windowSeconds: number;
  readonly thresholdSeconds: number;
  readonly counters: WindowPair<Readonly<KpiCounters>>;
  readonly staffedAgentSeconds: WindowPair<number>;
}

export interface QueueingAttribution {
  readonly kpi: QueueingKpi;
  readonly model: QueueModel;
  readonly meanPatience: number | null;
  readonly baseline: QueueState;
  readonly current: QueueState;
  /** The KPI as the evaluator computes it from the counters. */
  readonly observed: WindowPair<number>;
  /** The KPI the model predicts from each window's λ, AHT and N. */
  readonly modelled: WindowPair<number>;
  /** Modelled change / observed change; null when the observed change is 0. */
  readonly explained: number | null;
  /** Each driver's share of the modelled change, in the KPI's unit; they add up to modelled.current − modelled.baseline. */
  readonly shapley: Readonly<Record<QueueFactor, number>>;
  /** The modelled KPI with that driver at its baseline and the other two at their current values. */
  readonly counterfactual: Readonly<Record<QueueFactor, number>>;
}

export type QueueingResult =
  { readonly ok: true; readonly attribution: QueueingAttribution } | { readonly ok: false; readonly reason: string };

/** The Erlang counterfactuals and Shapley split of one queueing KPI's change (see the file header). */
export function attributeQueueing(input: QueueingInput): QueueingResult {
  const { counters, staffedAgentSeconds: staffed, windowSeconds } = input;
  const baseline = queueStateOf(counters.baseline, staffed.baseline, windowSeconds);
  const current = queueStateOf(counters.current, staffed.current, windowSeconds);
  if (baseline === null || current === null) {
    return { ok: false, reason: 'a window has no offers, no handled contacts or no staffed agent time' };
  }
  const observedBaseline = kpiValueOf(input.kpi, counters.baseline);
  const observedCurrent = kpiValueOf(input.kpi, counters.current);
  if (observedBaseline === null || observedCurrent === null) {
    return { ok: false, reason: `${input.kpi} has no value in a window` };
  }
  const settings: ModelSettings = { thresholdSeconds: input.thresholdSeconds, meanPatience: meanPatienceOf(counters) };
  const stateOf = (coalition: ReadonlySet<QueueFactor>): QueueState => ({
    arrivalRate: (coalition.has('volume') ? current : baseline).arrivalRate,
    meanHandleSeconds: (coalition.has('handle_time') ? current : baseline).meanHandleSeconds,
    agents: (coalition.has('staffing') ? current : baseline).agents,
  });
  const values = new Map<string, number>();
  for (let mask = 0; mask < 1 << QUEUE_FACTORS.length; mask += 1) {
    const coalition = new Set(QUEUE_FACTORS.filter((_, i) => (mask & (1 << i)) !== 0));
    const value = modelledValue(input.kpi, stateOf(coalition), settings);
    if (value === null) {
      return {
        ok: false,
        reason: `${modelOf(settings)} has no ${input.kpi} for one of the counterfactual mixes (Erlang C without a steady state, or no agents)`,
      };
    }
    values.set(coalitionKey(coalition), value);
  }
  const v = (coalition: ReadonlySet<QueueFactor>): number => values.get(coalitionKey(coalition)) ?? Number.NaN;
  const all = new Set(QUEUE_FACTORS);
  const modelled = { baseline: v(new Set()), current: v(all) };
  const observedChange = observedCurrent.value - observedBaseline.value;
  const counterfactual = {} as Record<QueueFactor, number>;
  for (const factor of QUEUE_FACTORS) {
    counterfactual[factor] = v(new Set(QUEUE_FACTORS.filter((f) => f !== factor)));
  }
  return {
    ok: true,
    attribution: {
      kpi: input.kpi,
      model: modelOf(settings),
      meanPatience: settings.meanPatience,
      baseline,
      current,
      observed: { baseline: observedBaseline.value, current: observedCurrent.value },
      modelled,
      explained: observedChange === 0 ? null : (modelled.current - modelled.baseline) / observedChange,
      shapley: shapleyValues(QUEUE_FACTORS, v),
      counterfactual,
    },
  };
}

function coalitionKey(coalition: ReadonlySet<QueueFactor>): string {
  return QUEUE_FACTORS.filter((f) => coalition.has(f)).join('+');
}

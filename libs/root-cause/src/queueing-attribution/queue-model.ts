// Service level, ASA and abandonment predicted by the queueing model: Erlang A (M/M/N+M) when
// patience is known, else Erlang C (M/M/N), both from @vahti/queueing (kpi-catalog §5.1).
//
// N is a time average (staffed agent-seconds / window) and rarely an integer, while both formulas
// need whole agents. The value at N = n + f is (1 − f)·value(n) + f·value(n + 1): the window is
// read as n agents for a share 1 − f of the time and n + 1 for the rest, each part in its own
// steady state (the queue settles within a few handle times, quicker than a staffing level lasts).
// This keeps the prediction continuous and monotone in N, so a small staffing change gives a
// small Shapley value instead of a jump at the next integer.
//
// Limits at the edges: with 0 agents nobody is answered (SL 0; Erlang A abandonment 1). Erlang C
// has no steady state when A ≥ N: SL is 0 there (its limit), ASA has none, and Erlang C has no
// abandonment at all; those values are null and the attribution reports the model unavailable.
import { erlangAMetrics, erlangCMetrics } from '@vahti/queueing';
import type { QueueState } from './queue-state';

export const QUEUEING_KPIS = ['service_level', 'average_speed_of_answer', 'abandonment_rate'] as const;
export type QueueingKpi = (typeof QUEUEING_KPIS)[number];
export type QueueModel = 'erlang_a' | 'erlang_c';

export interface ModelSettings {
  readonly thresholdSeconds: number;
  /** Mean patience in seconds; null selects Erlang C. */
  readonly meanPatience: number | null;
}

/** The model a patience estimate selects. */
export function modelOf(settings: ModelSettings): QueueModel {
  return settings.meanPatience === null ? 'erlang_c' : 'erlang_a';
}

/** The KPI the model predicts for `state`, interpolated between whole agents; null where it has no value. */
export function modelledValue(kpi: QueueingKpi, state: QueueState, settings: ModelSettings): number | null {
  if (!(state.agents >= 0) || !Number.isFinite(state.agents)) {
    throw new RangeError(`agents must be a finite number ≥ 0, got ${state.agents}`);
  }
  const low = Math.floor(state.agents);
  const fraction = state.agents - low;
  const atLow = valueAt(kpi, state, low, settings);
  if (fraction === 0 || atLow === null) {
    return atLow;
  }
  const atHigh = valueAt(kpi, state, low + 1, settings);
  return atHigh === null ? null : (1 - fraction) * atLow + fraction * atHigh;
}

function valueAt(kpi: QueueingKpi, state: QueueState, agents: number, settings: ModelSettings): number | null {
  if (agents === 0) {
    switch (kpi) {
      case 'service_level':
        return 0;
      case 'abandonment_rate':
        return settings.meanPatience === null ? null : 1;
      case 'average_speed_of_answer':
        return null;
    }
  }
  const parameters = {
    arrivalRate: state.arrivalRate,
    meanServiceTime: state.meanHandleSeconds,
    agents,
    serviceLevelThreshold: settings.thresholdSeconds,
  };
  if (settings.meanPatience !== null) {
    const a = erlangAMetrics({ ...parameters, meanPatience: settings.meanPatience });
    switch (kpi) {
      case 'service_level':
        return a.serviceLevel;
      case 'abandonment_rate':
        return a.abandonmentProbability;
      case 'average_speed_of_answer':
        return a.averageSpeedOfAnswer;
    }
  }
  const c = erlangCMetrics(parameters);
  switch (kpi) {
    case 'service_level':
      return c.serviceLevel;
    case 'abandonment_rate':
      return null;
    case 'average_speed_of_answer':
      return Number.isFinite(c.averageSpeedOfAnswer) ? c.averageSpeedOfAnswer : null;
  }
}

// Consistency: how evenly results are spread across agents and teams, so the service does not rest
// on a few star performers. Spread = standard deviation across members with enough volume; for
// handle time and QA it is relative to the mean (coefficient of variation) so queues compare.
import type { KpiCounters } from '../counters/kpi-counters';
import { handleSeconds, type KpiDefinition, type KpiValue } from './kpi-definition';

/** Members with fewer contacts than this are left out: their rates are noise ([S], our convention). */
export const MIN_HANDLED_PER_MEMBER = 20;
/** Members with fewer evaluations than this are left out of the QA spread ([S]: under the ~4 per agent and month of kpi-catalog K31). */
export const MIN_EVALUATIONS_PER_MEMBER = 3;
/** A spread across fewer agents than this says more about the people than the process ([S]). */
const MIN_AGENTS = 5;

/** Population standard deviation and mean of `values`, or null with fewer than two values. */
export function spread(values: readonly number[]): { mean: number; sd: number } | null {
  if (values.length < 2) {
    return null;
  }
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return { mean, sd: Math.sqrt(variance) };
}

const relativeSpread = (values: number[]): KpiValue | null => {
  const s = spread(values);
  return s === null || s.mean === 0 ? null : { value: s.sd / s.mean, numerator: s.sd, denominator: values.length };
};

const absoluteSpread = (values: number[]): KpiValue | null => {
  const s = spread(values);
  return s === null ? null : { value: s.sd, numerator: s.sd, denominator: values.length };
};

const ahtOf = (members: readonly KpiCounters[]): number[] =>
  members.filter((m) => m.handled >= MIN_HANDLED_PER_MEMBER).map((m) => handleSeconds(m) / m.handled);

export const CONSISTENCY_KPIS: readonly KpiDefinition[] = [
  {
    id: 'aht_spread_agents',
    ref: 'K14',
    name: 'Handle-time spread across agents',
    formula: `coefficient of variation of agent AHT (agents with ≥ ${MIN_HANDLED_PER_MEMBER} handled contacts)`,
    unit: 'ratio',
    better: 'lower',
    proportion: false,
    minSample: MIN_AGENTS,
    sampleNoun: 'agents',
    defaultTarget: null, // no published yardstick for spreads: tenant targets only
    compute: ({ agents }) => relativeSpread(ahtOf(agents)),
  },
  {
    id: 'aht_spread_teams',
    ref: 'K14',
    name: 'Handle-time spread across teams',
    formula: `coefficient of variation of team AHT (teams with ≥ ${MIN_HANDLED_PER_MEMBER} handled contacts)`,
    unit: 'ratio',
    better: 'lower',
    proportion: false,
    minSample: 2, // [S]: the fewest teams a spread can be taken over
    sampleNoun: 'teams',
    defaultTarget: null, // no published yardstick for spreads: tenant targets only
    compute: ({ teams }) => relativeSpread(ahtOf(teams)),
  },
  {
    id: 'resolution_spread_agents',
    ref: 'K10',
    name: 'Resolution spread across agents',
    formula: `standard deviation of agent-reported resolution rate (agents with ≥ ${MIN_HANDLED_PER_MEMBER} handled contacts)`,
    unit: 'ratio',
    better: 'lower',
    proportion: false,
    minSample: MIN_AGENTS,
    sampleNoun: 'agents',
    defaultTarget: null, // no published yardstick for spreads: tenant targets only
    compute: ({ agents }) =>
      absoluteSpread(agents.filter((m) => m.handled >= MIN_HANDLED_PER_MEMBER).map((m) => m.resolvedReported / m.handled)),
  },
  {
    id: 'qa_spread_agents',
    ref: 'K28',
    name: 'QA score spread across agents',
    formula: `coefficient of variation of agent mean QA score (agents with ≥ ${MIN_EVALUATIONS_PER_MEMBER} evaluations)`,
    unit: 'ratio',
    better: 'lower',
    proportion: false,
    minSample: MIN_AGENTS,
    sampleNoun: 'agents',
    defaultTarget: null, // no published yardstick for spreads: tenant targets only
    compute: ({ agents }) =>
      relativeSpread(agents.filter((m) => m.qaEvaluations >= MIN_EVALUATIONS_PER_MEMBER).map((m) => m.qaScoreSum / m.qaEvaluations)),
  },
];

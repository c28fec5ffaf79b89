import { emptyCounters, type KpiCounters } from '@vahti/kpi';
import { graphNode } from '../graph/causal-graph';
import { nodeMetric, type NodeMetric } from '../metrics/node-metric';
import { unbookedMix } from './unbooked-mix';

const c = (handled: number, transfers: number): KpiCounters => ({ ...emptyCounters(), handled, transfers });
const transfers = nodeMetric(graphNode('transfers'), c(10, 1)) as Extract<NodeMetric, { kind: 'ratio' }>;

describe('unbooked mix', () => {
  // Reason rows with handled contacts but no transfers: billing 40 → 40, tech 0 → 20 (a new element).
  const breakdowns = {
    reason: [
      { value: 'billing', baseline: c(40, 0), current: c(40, 0) },
      { value: 'tech', baseline: c(0, 0), current: c(20, 0) },
    ],
  };

  it('names an element whose share grew when the rows miss the metric’s events', () => {
    // The series has 15 transfers, the rows none (15 ≥ 1 and > 5 % of 15 missing). Shares of handled:
    // tech 0 → 20/60 = 0.33 (grew by ≥ 0.1), billing 1 → 0.67.
    const mix = unbookedMix(transfers, breakdowns, { baseline: c(40, 0), current: c(60, 15) });
    expect(mix).toEqual({ dimension: 'reason', elements: [{ value: 'tech', baselineWeight: 0, currentWeight: 1 / 3 }] });
  });

  it('says nothing when the rows hold the events (the ordinary drill-down applies)', () => {
    const booked = {
      reason: [
        { value: 'billing', baseline: c(40, 0), current: c(40, 0) },
        { value: 'tech', baseline: c(0, 0), current: c(20, 15) },
      ],
    };
    expect(unbookedMix(transfers, booked, { baseline: c(40, 0), current: c(60, 15) })).toBeNull();
  });
});

// Turns contributions into per-aggregate deltas: each lands in its 15-minute interval and its day,
// for the base scope and for each drill-down value it carries.
import { aggregateKeyString, emptyAggregate, type Aggregate, type AggregateKey, type Dimension } from '../counters/aggregate';
import { addCounters, type CounterDelta } from '../counters/kpi-counters';
import { emptyWaitSketch, recordWait } from '../counters/wait-sketch';
import { INTERVAL_MS, periodStart, type Granularity } from '../time/period';
import type { Scope } from './scope';

const GRANULARITIES: readonly Granularity[] = ['interval', 'day'];

/** Deltas keyed by aggregateKeyString. */
export type AggregateDeltas = Map<string, Aggregate>;

/** Adds one contribution (times `sign`) to every aggregate it belongs to. */
export function addContribution(
  deltas: AggregateDeltas,
  at: number,
  scope: Scope,
  delta: CounterDelta,
  sign: 1 | -1 = 1,
  waitSeconds?: number,
): void {
  for (const granularity of GRANULARITIES) {
    const start = periodStart(granularity, at);
    for (const [dimension, value] of dimensionsOf(scope, granularity)) {
      const key: AggregateKey = {
        tenantId: scope.tenantId,
        granularity,
        periodStart: start,
        queueId: scope.queueId,
        channel: scope.channel,
        dimension,
        dimensionValue: value,
      };
      const text = aggregateKeyString(key);
      let aggregate = deltas.get(text);
      if (aggregate === undefined) {
        aggregate = emptyAggregate();
        deltas.set(text, aggregate);
      }
      addCounters(aggregate.counters, delta, sign);
      // Percentiles are kept per queue scope only: a p90 wait per agent or reason means little,
      // and a sketch is a few kilobytes per row.
      if (waitSeconds !== undefined && dimension === 'all') {
        aggregate.wait ??= emptyWaitSketch();
        recordWait(aggregate.wait, waitSeconds);
      }
    }
  }
}

/** Adds `seconds` of time in [from, to) to `counter`, cut at interval boundaries. */
export function addDuration(
  deltas: AggregateDeltas,
  from: number,
  to: number,
  scope: Scope,
  counter: keyof CounterDelta,
  sign: 1 | -1,
): void {
  let cursor = from;
  while (cursor < to) {
    const end = Math.min(to, cursor - (((cursor % INTERVAL_MS) + INTERVAL_MS) % INTERVAL_MS) + INTERVAL_MS);
    addContribution(deltas, cursor, scope, { [counter]: (end - cursor) / 1000 }, sign);
    cursor = end;
  }
}

// Agents are drilled into per day only: per 15-minute interval an agent handles a handful of
// contacts, too few for a rate to mean anything, and agent-interval rows would be most of the writes.
function dimensionsOf(scope: Scope, granularity: Granularity): Array<[Dimension, string]> {
  const dims: Array<[Dimension, string]> = [['all', '']];
  if (scope.teamId !== undefined) {
    dims.push(['team', scope.teamId]);
  }
  if (scope.agentId !== undefined && granularity === 'day') {
    dims.push(['agent', scope.agentId]);
  }
  if (scope.reason !== undefined) {
    dims.push(['reason', scope.reason]);
  }
  return dims;
}

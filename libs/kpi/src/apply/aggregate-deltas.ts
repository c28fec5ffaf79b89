// Turns contributions into per-aggregate deltas: each lands in its 15-minute interval and its day,
// for the base scope and for each drill-down value it carries.
import { AGGREGATE_KEY_SEPARATOR as SEPARATOR, emptyAggregate, type Aggregate } from '../counters/aggregate';
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
  // The hot path of the evaluator (several calls per event): keys are built as strings directly,
  // in the layout of aggregateKeyString, without an AggregateKey object per row.
  const scopeKey = `${scope.queueId}${SEPARATOR}${scope.channel}${SEPARATOR}`;
  for (const granularity of GRANULARITIES) {
    const prefix = `${scope.tenantId}${SEPARATOR}${granularity}${SEPARATOR}${periodStart(granularity, at)}${SEPARATOR}${scopeKey}`;
    const all = add(deltas, `${prefix}all${SEPARATOR}`, delta, sign);
    // Percentiles are kept per queue scope only: a p90 wait per agent or reason means little,
    // and a sketch is a few kilobytes per row.
    if (waitSeconds !== undefined) {
      all.wait ??= emptyWaitSketch();
      recordWait(all.wait, waitSeconds);
    }
    if (scope.teamId !== undefined) {
      add(deltas, `${prefix}team${SEPARATOR}${scope.teamId}`, delta, sign);
    }
    // Agents are drilled into per day only: per 15-minute interval an agent handles a handful of
    // contacts, too few for a rate to mean anything, and agent-interval rows would be most of the writes.
    if (scope.agentId !== undefined && granularity === 'day') {
      add(deltas, `${prefix}agent${SEPARATOR}${scope.agentId}`, delta, sign);
    }
    if (scope.reason !== undefined) {
      add(deltas, `${prefix}reason${SEPARATOR}${scope.reason}`, delta, sign);
    }
  }
}

function add(deltas: AggregateDeltas, key: string, delta: CounterDelta, sign: 1 | -1): Aggregate {
  let aggregate = deltas.get(key);
  if (aggregate === undefined) {
    aggregate = emptyAggregate();
    deltas.set(key, aggregate);
  }
  addCounters(aggregate.counters, delta, sign);
  return aggregate;
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

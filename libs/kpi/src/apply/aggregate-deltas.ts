// Turns contributions into per-aggregate deltas: each lands in its 15-minute interval, for the base
// scope and for each drill-down value it carries; rollUpDays() then adds every interval row into its
// day (intervals nest in UTC days), so a contribution costs one map update per scope, not two.
import { AGGREGATE_KEY_SEPARATOR as SEPARATOR, emptyAggregate, mergeAggregateInto, type Aggregate } from '../counters/aggregate';
import { addCounters, type CounterDelta } from '../counters/kpi-counters';
import { emptyWaitSketch, recordWait } from '../counters/wait-sketch';
import { dayStart, INTERVAL_MS, intervalStart } from '../time/period';
import type { Scope } from './scope';

/** Deltas keyed by aggregateKeyString. */
export type AggregateDeltas = Map<string, Aggregate>;

const INTERVAL_PART = `${SEPARATOR}interval${SEPARATOR}`;

/**
 * Adds one contribution (times `sign`) to the interval rows it belongs to (agent rows: the day row).
 * The day rows of the other scopes exist only after rollUpDays().
 */
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
  const scopeKey = `${SEPARATOR}${scope.queueId}${SEPARATOR}${scope.channel}${SEPARATOR}`;
  const prefix = `${scope.tenantId}${INTERVAL_PART}${intervalStart(at)}${scopeKey}`;
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
  if (scope.agentId !== undefined) {
    add(deltas, `${scope.tenantId}${SEPARATOR}day${SEPARATOR}${dayStart(at)}${scopeKey}agent${SEPARATOR}${scope.agentId}`, delta, sign);
  }
  if (scope.reason !== undefined) {
    add(deltas, `${prefix}reason${SEPARATOR}${scope.reason}`, delta, sign);
  }
}

/** Adds every interval row of `deltas` into the day row of the same scope (once, at the end of a batch). */
export function rollUpDays(deltas: AggregateDeltas): void {
  for (const [key, interval] of [...deltas]) {
    const [tenantId, granularity, start, ...scope] = key.split(SEPARATOR);
    if (granularity !== 'interval') {
      continue;
    }
    const dayKey = [tenantId, 'day', dayStart(Number(start)), ...scope].join(SEPARATOR);
    let day = deltas.get(dayKey);
    if (day === undefined) {
      day = emptyAggregate();
      deltas.set(dayKey, day);
    }
    mergeAggregateInto(day, interval);
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

// One aggregate = the counters (and wait sketch) of one scope in one period. Scopes are
// tenant × queue × channel, with drill-down rows per team, agent and contact reason.
import type { Granularity } from '../time/period';
import { addCounters, emptyCounters, type KpiCounters } from './kpi-counters';
import { emptyWaitSketch, mergeWaitSketch, type WaitSketch } from './wait-sketch';

/** Queue and channel of facts that belong to no queue (agent time): "any". */
export const ANY = '*';

export const DIMENSIONS = ['all', 'team', 'agent', 'reason'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface AggregateKey {
  readonly tenantId: string;
  readonly granularity: Granularity;
  /** Epoch ms of the period start (UTC). */
  readonly periodStart: number;
  readonly queueId: string;
  readonly channel: string;
  readonly dimension: Dimension;
  /** '' for dimension `all`. */
  readonly dimensionValue: string;
}

export interface Aggregate {
  counters: KpiCounters;
  /** Answer waits; null until the first answer (most drill-down rows never need one). */
  wait: WaitSketch | null;
}

/** Separates the parts of an aggregate key string (see aggregateKeyString). */
export const AGGREGATE_KEY_SEPARATOR = '\u001f';
const SEPARATOR = AGGREGATE_KEY_SEPARATOR;

/** A string form of the key for maps; parts cannot contain the unit separator (ids are \S+, codes are [A-Za-z0-9_.:/-]). */
export function aggregateKeyString(key: AggregateKey): string {
  return [key.tenantId, key.granularity, key.periodStart, key.queueId, key.channel, key.dimension, key.dimensionValue].join(SEPARATOR);
}

/** Inverse of aggregateKeyString. */
export function parseAggregateKey(text: string): AggregateKey {
  const [tenantId, granularity, periodStart, queueId, channel, dimension, dimensionValue] = text.split(SEPARATOR);
  return {
    tenantId: tenantId ?? '',
    granularity: granularity as Granularity,
    periodStart: Number(periodStart),
    queueId: queueId ?? '',
    channel: channel ?? '',
    dimension: dimension as Dimension,
    dimensionValue: dimensionValue ?? '',
  };
}

/** Granularity and period start of a key string, without splitting the rest (cache sweeps read only these). */
export function periodOfAggregateKey(text: string): { granularity: Granularity; periodStart: number } {
  const first = text.indexOf(SEPARATOR);
  const second = text.indexOf(SEPARATOR, first + 1);
  const third = text.indexOf(SEPARATOR, second + 1);
  return { granularity: text.slice(first + 1, second) as Granularity, periodStart: Number(text.slice(second + 1, third)) };
}

/** A zeroed aggregate. */
export function emptyAggregate(): Aggregate {
  return { counters: emptyCounters(), wait: null };
}

/** A deep copy, so a batch can work on copies and drop them if its transaction fails. */
export function cloneAggregate(source: Aggregate): Aggregate {
  const copy: Aggregate = { counters: { ...source.counters }, wait: null };
  if (source.wait !== null) {
    copy.wait = emptyWaitSketch();
    mergeWaitSketch(copy.wait, source.wait);
  }
  return copy;
}

/** Adds `source` into `target` in place. */
export function mergeAggregateInto(target: Aggregate, source: Aggregate): Aggregate {
  addCounters(target.counters, source.counters);
  if (source.wait !== null && source.wait.count > 0) {
    target.wait ??= emptyWaitSketch();
    mergeWaitSketch(target.wait, source.wait);
  }
  return target;
}

/** Sum of aggregates, as a new one. */
export function mergeAggregates(parts: Iterable<Aggregate>): Aggregate {
  const total = emptyAggregate();
  for (const part of parts) {
    mergeAggregateInto(total, part);
  }
  return total;
}

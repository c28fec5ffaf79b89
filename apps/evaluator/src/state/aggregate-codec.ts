// Between libs/kpi aggregates and the stored rows of libs/persistence.
import {
  type Aggregate,
  type AggregateKey,
  countersFromJson,
  countersToJson,
  parseAggregateKey,
  waitSketchFromBytes,
  waitSketchToBytes,
} from '@vahti/kpi';
import type { AggregateRecord, AggregateRowKey } from '@vahti/persistence';

/** The stored key of an aggregate key string. */
export function rowKeyOf(keyText: string): AggregateRowKey {
  return parseAggregateKey(keyText);
}

/** An aggregate as a row to store. */
export function toRecord(key: AggregateKey, aggregate: Aggregate): AggregateRecord {
  return {
    ...key,
    counters: countersToJson(aggregate.counters),
    waitSketch: aggregate.wait === null || aggregate.wait.count === 0 ? null : waitSketchToBytes(aggregate.wait),
  };
}

/** A stored row as an aggregate. */
export function fromRecord(record: AggregateRecord): Aggregate {
  return {
    counters: countersFromJson(record.counters),
    wait: record.waitSketch === null ? null : waitSketchFromBytes(record.waitSketch),
  };
}

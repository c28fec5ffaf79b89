// Plain shapes of the evaluator's stored state, free of any KPI logic: libs/kpi gives them meaning.

export interface AggregateRowKey {
  readonly tenantId: string;
  readonly granularity: string;
  /** Epoch ms. */
  readonly periodStart: number;
  readonly queueId: string;
  readonly channel: string;
  readonly dimension: string;
  readonly dimensionValue: string;
}

export interface AggregateRecord extends AggregateRowKey {
  readonly counters: Readonly<Record<string, number>>;
  readonly waitSketch: Uint8Array | null;
}

export interface StoredAggregate extends AggregateRecord {
  readonly kafkaPartition: number;
}

export interface AppliedEventKey {
  /** UUID-formatted digest of (tenant, source, id). */
  readonly eventKey: string;
  /** RFC 3339 event time. */
  readonly occurredAt: string;
}

export interface WindowQuery {
  readonly tenantId: string;
  readonly granularity: string;
  /** Inclusive, epoch ms. */
  readonly from: number;
  /** Exclusive, epoch ms. */
  readonly to: number;
  readonly dimensions: readonly string[];
  readonly queueId?: string;
  readonly channel?: string;
}

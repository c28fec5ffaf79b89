import type { PoolClient } from 'pg';
import type { AggregateRecord, AggregateRowKey, AppliedEventKey } from './aggregate-record';

const KEY_COLUMNS = 'tenant_id, granularity, period_start, queue_id, channel, dimension, dimension_value';
const RECORD_COLUMNS =
  'tenant_id text, granularity text, period_start timestamptz, queue_id text, channel text, dimension text, dimension_value text';

/** The statements of one evaluator transaction; every write is one set-based statement. */
export class EvaluatorStateTransaction {
  constructor(private readonly client: PoolClient) {}

  /** Records events as applied; returns the keys of those that were not applied before. */
  async claimEvents(events: readonly AppliedEventKey[]): Promise<Set<string>> {
    if (events.length === 0) {
      return new Set();
    }
    // One JSON parameter instead of arrays: node-postgres escapes array elements one by one,
    // JSON.stringify is native, and PostgreSQL parses the recordset in one pass.
    const result = await this.client.query<{ event_key: string }>(
      `INSERT INTO evaluator_applied_events (occurred_at, event_key)
       SELECT t, k FROM jsonb_to_recordset($1::jsonb) AS r(t timestamptz, k uuid)
       ON CONFLICT DO NOTHING RETURNING event_key`,
      [JSON.stringify(events.map((e) => ({ t: e.occurredAt, k: e.eventKey })))],
    );
    return new Set(result.rows.map((r) => r.event_key));
  }

  /** Transaction-scoped advisory locks, taken in ascending order so two writers cannot deadlock. */
  async lock(keys: readonly bigint[]): Promise<void> {
    if (keys.length === 0) {
      return;
    }
    const sorted = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    await this.client.query(`SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) WITH ORDINALITY AS t(k, i)`, [
      sorted.map(String),
    ]);
  }

  /** Facts of one kind by key. */
  async loadFacts(kind: string, keys: readonly string[]): Promise<Map<string, unknown>> {
    if (keys.length === 0) {
      return new Map();
    }
    const result = await this.client.query<{ fact_key: string; payload: unknown }>(
      `SELECT fact_key, payload FROM evaluator_facts WHERE kind = $1 AND fact_key = ANY($2::text[])`,
      [kind, [...keys]],
    );
    return new Map(result.rows.map((r) => [r.fact_key, r.payload]));
  }

  /** Upserts facts of one kind. */
  async saveFacts(kind: string, facts: ReadonlyMap<string, unknown>): Promise<void> {
    if (facts.size === 0) {
      return;
    }
    await this.client.query(
      `INSERT INTO evaluator_facts (kind, fact_key, payload, updated_at)
       SELECT $1, k, p, now() FROM jsonb_to_recordset($2::jsonb) AS t(k text, p jsonb)
       ON CONFLICT (kind, fact_key) DO UPDATE SET payload = EXCLUDED.payload, updated_at = now()`,
      [kind, JSON.stringify([...facts].map(([k, p]) => ({ k, p })))],
    );
  }

  /** The stored rows of `partition` among `keys` (missing ones are simply absent). */
  async loadAggregates(partition: number, keys: readonly AggregateRowKey[]): Promise<AggregateRecord[]> {
    if (keys.length === 0) {
      return [];
    }
    const result = await this.client.query<RawRow>(
      `SELECT a.${KEY_COLUMNS.split(', ').join(', a.')}, a.counters, a.wait_sketch
       FROM jsonb_to_recordset($1::jsonb) AS k(${RECORD_COLUMNS})
       JOIN kpi_aggregates a USING (${KEY_COLUMNS})
       WHERE a.kafka_partition = $2`,
      [JSON.stringify(keys.map(keyJson)), partition],
    );
    return result.rows.map(fromRaw);
  }

  /** Upserts rows of `partition` (their single writer) and bumps the versions of the days they belong to. */
  async saveAggregates(partition: number, rows: readonly AggregateRecord[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await this.client.query(
      `INSERT INTO kpi_aggregates (${KEY_COLUMNS}, kafka_partition, counters, wait_sketch, updated_at)
       SELECT ${KEY_COLUMNS}, $1, counters, decode(wait_sketch, 'base64'), now()
       FROM jsonb_to_recordset($2::jsonb) AS t(${RECORD_COLUMNS}, counters jsonb, wait_sketch text)
       ON CONFLICT (${KEY_COLUMNS}, kafka_partition)
       DO UPDATE SET counters = EXCLUDED.counters, wait_sketch = EXCLUDED.wait_sketch, updated_at = now()`,
      [
        partition,
        JSON.stringify(
          rows.map((r) => ({
            ...keyJson(r),
            counters: r.counters,
            wait_sketch: r.waitSketch === null ? null : Buffer.from(r.waitSketch).toString('base64'),
          })),
        ),
      ],
    );
    await this.bumpDayVersions(partition, rows);
  }

  /** Bumps the version of every day that `rows` change, so readers' caches of those days are dropped. */
  private async bumpDayVersions(partition: number, rows: readonly AggregateRecord[]): Promise<void> {
    const days = new Map<string, { tenant_id: string; period_start: string }>();
    for (const r of rows) {
      if (r.granularity === 'day') {
        days.set(`${r.tenantId}\u001f${r.periodStart}`, { tenant_id: r.tenantId, period_start: new Date(r.periodStart).toISOString() });
      }
    }
    if (days.size === 0) {
      return;
    }
    await this.client.query(
      `INSERT INTO kpi_period_versions (tenant_id, granularity, period_start, kafka_partition, version)
       SELECT tenant_id, 'day', period_start, $1, 1 FROM jsonb_to_recordset($2::jsonb) AS t(tenant_id text, period_start timestamptz)
       ON CONFLICT (tenant_id, granularity, period_start, kafka_partition) DO UPDATE SET version = kpi_period_versions.version + 1`,
      [partition, JSON.stringify([...days.values()])],
    );
  }

  /** Stores the next offset to apply for a partition. */
  async saveOffset(group: string, topic: string, partition: number, nextOffset: string): Promise<void> {
    await this.client.query(
      `INSERT INTO evaluator_offsets (consumer_group, topic, kafka_partition, next_offset, updated_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (consumer_group, topic, kafka_partition) DO UPDATE SET next_offset = EXCLUDED.next_offset, updated_at = now()`,
      [group, topic, partition, nextOffset],
    );
  }
}

export interface RawRow {
  tenant_id: string;
  granularity: string;
  period_start: Date;
  queue_id: string;
  channel: string;
  dimension: string;
  dimension_value: string;
  counters: Record<string, number>;
  wait_sketch: Buffer | null;
}

/** Maps a selected row to a record. */
export function fromRaw(r: RawRow): AggregateRecord {
  return {
    tenantId: r.tenant_id,
    granularity: r.granularity,
    periodStart: r.period_start.getTime(),
    queueId: r.queue_id,
    channel: r.channel,
    dimension: r.dimension,
    dimensionValue: r.dimension_value,
    counters: r.counters,
    waitSketch: r.wait_sketch,
  };
}

function keyJson(k: AggregateRowKey): Record<string, unknown> {
  return {
    tenant_id: k.tenantId,
    granularity: k.granularity,
    period_start: new Date(k.periodStart).toISOString(),
    queue_id: k.queueId,
    channel: k.channel,
    dimension: k.dimension,
    dimension_value: k.dimensionValue,
  };
}

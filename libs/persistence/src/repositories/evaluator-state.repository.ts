import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { DatabaseUnavailableError, isTransientDatabaseError } from '../database-unavailable.error';
import type { StoredAggregate, WindowQuery } from './aggregate-record';
import { EvaluatorStateTransaction, fromRaw, type RawRow } from './evaluator-state.transaction';

/**
 * The evaluator's state in PostgreSQL. A batch's whole effect (applied-event keys, aggregates,
 * facts, next offset) is one transaction, so a crash at any point leaves either all or none of it.
 */
export class EvaluatorStateRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction; outages surface as DatabaseUnavailableError. */
  async inTransaction<T>(work: (tx: EvaluatorStateTransaction) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    let client: PoolClient | undefined;
    try {
      client = (await runner.connect()) as PoolClient;
      await client.query('BEGIN');
      const result = await work(new EvaluatorStateTransaction(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (client !== undefined) {
        await client.query('ROLLBACK').catch(() => undefined);
      }
      throw isTransientDatabaseError(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await runner.release();
    }
  }

  /** Next offset to apply per partition of `topic` for `group`. */
  async loadOffsets(group: string, topic: string): Promise<Map<number, string>> {
    const rows = await this.query<{ kafka_partition: number; next_offset: string }>(
      `SELECT kafka_partition, next_offset FROM evaluator_offsets WHERE consumer_group = $1 AND topic = $2`,
      [group, topic],
    );
    return new Map(rows.map((r) => [r.kafka_partition, r.next_offset]));
  }

  /** All stored rows (of every partition) of a tenant's window, for reading KPIs. */
  async loadWindow(q: WindowQuery): Promise<StoredAggregate[]> {
    const rows = await this.query<RawRow & { kafka_partition: number }>(
      `SELECT tenant_id, granularity, period_start, queue_id, channel, dimension, dimension_value, kafka_partition, counters, wait_sketch
       FROM kpi_aggregates
       WHERE tenant_id = $1 AND granularity = $2 AND period_start >= $3 AND period_start < $4
         AND dimension = ANY($5::text[])
         AND ($6::text IS NULL OR queue_id = $6) AND ($7::text IS NULL OR channel = $7)`,
      [q.tenantId, q.granularity, new Date(q.from), new Date(q.to), [...q.dimensions], q.queueId ?? null, q.channel ?? null],
    );
    return rows.map((r) => ({ ...fromRaw(r), kafkaPartition: r.kafka_partition }));
  }

  /** Forgets applied-event keys of events older than `before`; duplicates older than that are no longer recognised. */
  async forgetAppliedBefore(before: Date): Promise<number> {
    const rows = await this.query<{ n: number }>(
      `WITH gone AS (DELETE FROM evaluator_applied_events WHERE occurred_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [before],
    );
    return rows[0]?.n ?? 0;
  }

  /** Succeeds when the database answers. */
  async ping(): Promise<void> {
    await this.query('SELECT 1', []);
  }

  private async query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    try {
      return await this.dataSource.query<T[]>(sql, parameters);
    } catch (error) {
      throw isTransientDatabaseError(error) ? new DatabaseUnavailableError(error) : error;
    }
  }
}

import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { DatabaseUnavailableError, isTransientDatabaseError } from '../database-unavailable.error';
import { encodeCopyText } from './copy-text-encoding';
import { STORED_EVENT_COLUMNS, type StoredEventRow } from './stored-event-row';

/** What one append did: rows inserted per event type (the rest were already stored). */
export interface AppendResult {
  insertedByType: Map<string, number>;
}

const COLUMNS = STORED_EVENT_COLUMNS.join(', ');
const STAGING_DDL = `CREATE TEMP TABLE IF NOT EXISTS events_staging
  (LIKE events INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`;
const COPY_STAGING_SQL = `COPY events_staging (${COLUMNS}) FROM STDIN`;
const COPY_DIRECT_SQL = `COPY events (${COLUMNS}) FROM STDIN`;
// DO NOTHING (not DO UPDATE) tolerates the same key twice in one batch, and makes a redelivered
// batch a no-op: this is what turns at-least-once delivery into an exactly-once effect.
const MERGE_SQL = `WITH inserted AS (
    INSERT INTO events (${COLUMNS}) SELECT ${COLUMNS} FROM events_staging
    ON CONFLICT (tenant_id, source, event_id) DO NOTHING
    RETURNING type)
  SELECT type, count(*)::int AS n FROM inserted GROUP BY type`;

/**
 * The append-only event store. Writes are set-based and one transaction per chunk: COPY straight
 * into the table, or, when the chunk holds already-stored events, COPY into a per-connection
 * temporary staging table followed by one INSERT … SELECT … ON CONFLICT DO NOTHING.
 */
export class EventStoreRepository {
  // Temporary tables live per connection; remember which pooled connections already have one.
  private readonly prepared = new WeakSet<object>();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores rows idempotently in one transaction. Throws DatabaseUnavailableError when the server is
   * unreachable, and the driver's error when PostgreSQL refuses the data itself.
   */
  async append(rows: readonly StoredEventRow[]): Promise<AppendResult> {
    if (rows.length === 0) {
      return { insertedByType: new Map() };
    }
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      const copyText = encodeCopyText(rows);
      // Fast path: in steady state a chunk holds only new events, so COPY straight into the table.
      // A key that exists already (redelivery after a crash, producer retry) aborts it with a
      // unique violation; then the chunk goes through the staging table and ON CONFLICT instead.
      const direct = await this.inTransaction(client, async () => {
        await copy(client, COPY_DIRECT_SQL, copyText);
      }).then(
        () => true,
        (error: unknown) => {
          if (isUniqueViolation(error)) {
            return false;
          }
          throw error;
        },
      );
      if (direct) {
        return { insertedByType: countByType(rows) };
      }
      return await this.inTransaction(client, async () => {
        if (!this.prepared.has(client)) {
          await client.query(STAGING_DDL);
          this.prepared.add(client);
        }
        await copy(client, COPY_STAGING_SQL, copyText);
        const merged = await client.query<{ type: string; n: number }>(MERGE_SQL);
        return { insertedByType: new Map(merged.rows.map((r) => [r.type, r.n])) };
      });
    } catch (error) {
      throw isTransientDatabaseError(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  private async inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
    await client.query('BEGIN');
    try {
      const result = await work();
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /** Cheap round trip used by readiness probes and by the pause/resume loop. */
  async ping(): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch (error) {
      throw isTransientDatabaseError(error) ? new DatabaseUnavailableError(error) : error;
    }
  }
}

async function copy(client: PoolClient, sql: string, text: string): Promise<void> {
  await pipeline(Readable.from([text]), client.query(copyFrom(sql)));
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

function countByType(rows: readonly StoredEventRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    counts.set(row.type, (counts.get(row.type) ?? 0) + 1);
  }
  return counts;
}

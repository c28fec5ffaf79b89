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
const COPY_SQL = `COPY events_staging (${COLUMNS}) FROM STDIN`;
// DO NOTHING (not DO UPDATE) tolerates the same key twice in one batch, and makes a redelivered
// batch a no-op: this is what turns at-least-once delivery into an exactly-once effect.
const MERGE_SQL = `WITH inserted AS (
    INSERT INTO events (${COLUMNS}) SELECT ${COLUMNS} FROM events_staging
    ON CONFLICT (tenant_id, source, event_id) DO NOTHING
    RETURNING type)
  SELECT type, count(*)::int AS n FROM inserted GROUP BY type`;

/**
 * The append-only event store. Writes are set-based: COPY into a per-connection temporary
 * staging table, then one INSERT … SELECT … ON CONFLICT DO NOTHING, in a single transaction.
 */
export class EventStoreRepository {
  // Temporary tables live per connection; remember which pooled connections already have one.
  private readonly prepared = new WeakSet<object>();

  constructor(private readonly dataSource: DataSource) {}

  /** Stores rows idempotently in one transaction. Throws DatabaseUnavailableError when the server is unreachable. */
  async append(rows: readonly StoredEventRow[]): Promise<AppendResult> {
    const insertedByType = new Map<string, number>();
    if (rows.length === 0) {
      return { insertedByType };
    }
    const runner = this.dataSource.createQueryRunner();
    let client: PoolClient | undefined;
    try {
      client = (await runner.connect()) as PoolClient;
      await client.query('BEGIN');
      if (!this.prepared.has(client)) {
        await client.query(STAGING_DDL);
        this.prepared.add(client);
      }
      await pipeline(Readable.from([encodeCopyText(rows)]), client.query(copyFrom(COPY_SQL)));
      const merged = await client.query<{ type: string; n: number }>(MERGE_SQL);
      await client.query('COMMIT');
      for (const row of merged.rows) {
        insertedByType.set(row.type, row.n);
      }
      return { insertedByType };
    } catch (error) {
      await client?.query('ROLLBACK').catch(() => undefined);
      throw isTransientDatabaseError(error) ? new DatabaseUnavailableError(error) : error;
    } finally {
      await runner.release().catch(() => undefined);
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

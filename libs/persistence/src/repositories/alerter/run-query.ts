// Shared plumbing of the alerter repositories: pool queries and transactions, with outages turned
// into DatabaseUnavailableError so callers retry later instead of treating them as bad data.
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { DatabaseUnavailableError, isTransientDatabaseError } from '../../database-unavailable.error';

/**
 * One statement on the pool. TypeORM returns [rows, count] for a top-level UPDATE or DELETE, so
 * those are written as `WITH x AS (UPDATE ... RETURNING ...) SELECT ... FROM x`: always rows.
 */
export async function poolQuery<R>(dataSource: DataSource, sql: string, params: unknown[]): Promise<R[]> {
  try {
    return await dataSource.query<R[]>(sql, params);
  } catch (error) {
    throw isTransientDatabaseError(error) ? new DatabaseUnavailableError(error) : error;
  }
}

/** Runs `work` on one connection inside BEGIN/COMMIT; rolls back on any error. */
export async function inPoolTransaction<T>(dataSource: DataSource, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  let client: PoolClient | undefined;
  try {
    client = (await runner.connect()) as PoolClient;
    await client.query('BEGIN');
    const result = await work(client);
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

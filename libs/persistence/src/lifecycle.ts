import { type DataSource, MigrationExecutor, type QueryRunner } from 'typeorm';

/** Initialises the DataSource, retrying while the server is still starting; gives up after `timeoutMs`. */
export async function connectWithRetry(
  dataSource: DataSource,
  { timeoutMs, onRetry }: { timeoutMs: number; onRetry?: (error: unknown, attempt: number) => void },
): Promise<DataSource> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.initialize();
    } catch (error) {
      if (Date.now() + 1000 > deadline) {
        throw error;
      }
      onRetry?.(error, attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** attempt)));
    }
  }
}

/** Key of the advisory lock that serialises migrations (any constant; "vahti" in ASCII). */
const MIGRATION_LOCK = 0x7661687469;

/**
 * Applies pending migrations; returns their names. Services start together (docker compose, the
 * demo, several instances) and TypeORM does not lock: two runners would create the same table at
 * once and one would fail. A session advisory lock lets one migrate while the others wait for it
 * and then find nothing pending. The migrations run on the connection that holds the lock, so a pool
 * of one connection is enough.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await acquire(lock);
    try {
      const executor = new MigrationExecutor(dataSource, lock);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      return applied.map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await lock.release();
  }
}

const LOCK_POLL_MS = 200;

// Waiting inside pg_advisory_lock would keep that statement's snapshot for the whole wait, and a
// CREATE INDEX CONCURRENTLY in the service that migrates waits for every older snapshot to go: the
// two wait for each other (PostgreSQL's "deadlock detected", seen when the demo's three services
// started together). Short attempts hold no snapshot between them.
async function acquire(lock: QueryRunner): Promise<void> {
  for (;;) {
    const [row] = (await lock.query('SELECT pg_try_advisory_lock($1) AS ok', [MIGRATION_LOCK])) as Array<{ ok: boolean }>;
    if (row?.ok === true) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

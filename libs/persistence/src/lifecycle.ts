import type { DataSource } from 'typeorm';

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

/** Applies pending migrations; returns their names. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

// A small pool on a test database, for tests that call a repository directly.
import { createDataSource } from '@vahti/persistence';

export type TestDataSource = ReturnType<typeof createDataSource>;

/** An initialised two-connection pool on `url` (migrations already applied by the template). */
export async function openTestDataSource(url: string): Promise<TestDataSource> {
  const dataSource = createDataSource(
    { DATABASE_URL: url, DATABASE_POOL_MAX: 2, DATABASE_RUN_MIGRATIONS: false, DATABASE_STATEMENT_TIMEOUT_MS: 30000 },
    'vahti-test',
  );
  await dataSource.initialize();
  return dataSource;
}

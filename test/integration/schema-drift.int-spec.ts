// Real: PostgreSQL (a fresh database cloned from the template the migrations built).
import { createDataSource, pendingSchemaChanges } from '@vahti/persistence';
import { createTestDatabase } from '@vahti/testing';

describe('entities and migrations', () => {
  it('agree: the migrated schema needs no change to match the entities', async () => {
    const db = await createTestDatabase();
    const dataSource = createDataSource(
      { DATABASE_URL: db.url, DATABASE_POOL_MAX: 1, DATABASE_RUN_MIGRATIONS: false, DATABASE_STATEMENT_TIMEOUT_MS: 30000 },
      'vahti-test',
    );
    try {
      await dataSource.initialize();
      // If this fails, an entity changed without a migration: write one (docs/architecture.md, Migrations).
      expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});

// Real: PostgreSQL, an empty database. The services start together (docker compose, the demo,
// several instances) and each runs the migrations at start-up: one migrates under the advisory lock
// while the others wait for it. Among the migrations is a CREATE INDEX CONCURRENTLY, which waits for
// every older snapshot in the database; a runner waiting inside pg_advisory_lock held one, and the
// two waited for each other until PostgreSQL broke the deadlock by failing a service's start-up
// (seen in the demo). Now waiting runners poll in short attempts.
import { createDataSource, MIGRATIONS, runMigrations } from '@vahti/persistence';
import { adminQuery, queryDatabase, testEnvironment, uniqueSuffix, withDatabase } from '@vahti/testing';

describe('migrations run by several services at once on an empty database', () => {
  it('all succeed, and every migration is applied exactly once', async () => {
    const name = `vahti_it_migrate_${uniqueSuffix()}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = withDatabase(testEnvironment.adminDatabaseUrl, name);
    const sources = [1, 2, 3].map((i) =>
      createDataSource(
        { DATABASE_URL: url, DATABASE_POOL_MAX: 2, DATABASE_RUN_MIGRATIONS: true, DATABASE_STATEMENT_TIMEOUT_MS: 60000 },
        `vahti-it-${i}`,
      ),
    );
    try {
      await Promise.all(sources.map((s) => s.initialize()));
      const applied = await Promise.all(sources.map((s) => runMigrations(s)));
      // One runner applied everything; the others found nothing pending.
      expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
      const rows = await queryDatabase<{ name: string }>(url, 'SELECT name FROM vahti_migrations ORDER BY id');
      expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      const [index] = await queryDatabase<{ valid: boolean }>(
        url,
        `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'events_offered_contact'`,
      );
      expect(index?.valid).toBe(true);
    } finally {
      await Promise.all(sources.map((s) => (s.isInitialized ? s.destroy() : Promise.resolve())));
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});

// Runs once before the integration suites: the real stack must be up, and a migrated template
// database is made so each suite can clone a fresh database from it in milliseconds.
// Jest does not apply moduleNameMapper to globalSetup, so resolve @vahti/* through tsconfig paths.
import 'tsconfig-paths/register';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDataSource, runMigrations } from '@vahti/persistence';
import { adminQuery, appEntry, suffixTime, testEnvironment, uniqueSuffix, withDatabase } from '@vahti/testing';

const ROOT = resolve(__dirname, '../..');

export default async function globalSetup(): Promise<void> {
  if (!process.env.KAFKA_BROKERS) {
    execFileSync('bash', [resolve(ROOT, 'deploy/kafka/kafka.sh'), 'start'], { stdio: 'inherit' });
  }
  if (!process.env.TEST_ADMIN_DATABASE_URL) {
    execFileSync('bash', [resolve(ROOT, 'deploy/postgres/ensure.sh')], { stdio: 'inherit' });
  }
  if (!existsSync(appEntry('ingestor'))) {
    throw new Error(`${appEntry('ingestor')} is missing: run 'npm run build' first (npm run test:integration does).`);
  }
  await dropStaleTestDatabases();
  // Workers inherit the environment, so every suite of this run clones this run's template.
  process.env.VAHTI_TEST_TEMPLATE_DB = `vahti_test_template_${uniqueSuffix()}`;
  const template = testEnvironment.templateDatabase;
  await adminQuery(`CREATE DATABASE ${template}`);
  const dataSource = createDataSource(
    {
      DATABASE_URL: withDatabase(testEnvironment.adminDatabaseUrl, template),
      DATABASE_POOL_MAX: 1,
      DATABASE_RUN_MIGRATIONS: true,
      DATABASE_STATEMENT_TIMEOUT_MS: 30000,
    },
    'vahti-test-setup',
  );
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();
  process.stdout.write(`\nintegration stack: Kafka ${testEnvironment.kafkaBrokers}, PostgreSQL template ${template} migrated\n`);
}

const STALE_AFTER_MS = 6 * 3600 * 1000;

/** Databases that runs killed before their teardown left behind; only old ones, so a parallel run is safe. */
async function dropStaleTestDatabases(): Promise<void> {
  const rows = await adminQuery<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'vahti\\_it\\_%' OR datname LIKE 'vahti\\_test\\_template\\_%'`,
  );
  for (const { datname } of rows) {
    if (Date.now() - suffixTime(datname) > STALE_AFTER_MS) {
      await adminQuery(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  }
}

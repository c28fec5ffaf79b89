// `npm run migrate`: applies pending TypeORM migrations to DATABASE_URL and exits.
import { ConfigError, MigrateEnv, readEnv } from '@vahti/config';
import { connectWithRetry, createDataSource, runMigrations } from '@vahti/persistence';

async function main(): Promise<void> {
  const config = readEnv(MigrateEnv);
  const dataSource = await connectWithRetry(createDataSource(config, 'vahti-migrate'), { timeoutMs: 30000 });
  try {
    const applied = await runMigrations(dataSource);
    console.log(JSON.stringify({ msg: 'migrations applied', applied }));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

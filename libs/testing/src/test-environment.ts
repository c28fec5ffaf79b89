/** Where integration tests find the stack: the local defaults unless overridden like the apps are. */
export const testEnvironment = {
  kafkaBrokers: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
  /** Admin URL of the server on which test databases are created. */
  adminDatabaseUrl: process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  /** Migrated template of this test run; its own name, so two runs on one server do not collide. */
  get templateDatabase(): string {
    return process.env.VAHTI_TEST_TEMPLATE_DB ?? 'vahti_test_template';
  },
};

/** A short unique suffix for topics, groups, tenants and databases of one test; starts with the time. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** When a name ending in a uniqueSuffix() was made, in ms since the epoch (NaN if it has none). */
export function suffixTime(name: string): number {
  const match = /_([0-9a-z]{8})[0-9a-z]{5}$/.exec(name);
  return match ? parseInt(match[1]!, 36) : Number.NaN;
}

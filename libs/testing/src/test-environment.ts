/** Where integration tests find the stack: the local defaults unless overridden like the apps are. */
export const testEnvironment = {
  kafkaBrokers: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
  /** Admin URL of the server on which test databases are created. */
  adminDatabaseUrl: process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  templateDatabase: 'vahti_test_template',
};

/** A short unique suffix for topics, groups, tenants and databases of one test. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

import { Client } from 'pg';
import { testEnvironment, uniqueSuffix } from '../test-environment';

/** Replaces the database name in a postgres:// URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs one statement on the admin database of the server at `adminUrl`. */
export async function adminQuery<R extends object = Record<string, unknown>>(
  sql: string,
  adminUrl = testEnvironment.adminDatabaseUrl,
): Promise<R[]> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one suite, cloned from the migrated template that the global setup made:
 * suites never see each other's rows and do not pay for migrations again.
 */
export async function createTestDatabase(prefix = 'vahti_it'): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${uniqueSuffix()}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${testEnvironment.templateDatabase}`);
  return {
    name,
    url: withDatabase(testEnvironment.adminDatabaseUrl, name),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Runs a query against one database and returns its rows. */
export async function queryDatabase<R extends object = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

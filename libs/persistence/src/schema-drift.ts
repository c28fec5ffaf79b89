import type { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would run to make the connected database match the entities. Empty when the
 * migrations and the entities agree; anything else means an entity changed without a migration.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

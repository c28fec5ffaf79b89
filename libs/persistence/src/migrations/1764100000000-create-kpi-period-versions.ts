import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version per tenant, day and source partition, bumped in the transaction that changes any of
 * that day's aggregates. Readers cache the sums of a day and re-read only days whose versions
 * moved (usually just today), so a 30-day scorecard does not re-sum 30 days of rows per request.
 */
export class CreateKpiPeriodVersions1764100000000 implements MigrationInterface {
  name = 'CreateKpiPeriodVersions1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE kpi_period_versions (
        tenant_id       text        NOT NULL,
        granularity     text        NOT NULL,
        period_start    timestamptz NOT NULL,
        kafka_partition integer     NOT NULL,
        version         bigint      NOT NULL,
        CONSTRAINT kpi_period_versions_pkey PRIMARY KEY (tenant_id, granularity, period_start, kafka_partition)
      )`);
    // Existing days start at version 1 so that caches filled before the upgrade are never trusted.
    await queryRunner.query(`
      INSERT INTO kpi_period_versions (tenant_id, granularity, period_start, kafka_partition, version)
      SELECT DISTINCT tenant_id, granularity, period_start, kafka_partition, 1
      FROM kpi_aggregates WHERE granularity = 'day'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE kpi_period_versions`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The event store written by the ingestor. */
export class CreateEvents1763900000000 implements MigrationInterface {
  name = 'CreateEvents1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE events (
        tenant_id       text        NOT NULL,
        source          text        NOT NULL,
        event_id        text        NOT NULL,
        type            text        NOT NULL,
        occurred_at     timestamptz NOT NULL,
        ingested_at     timestamptz NOT NULL DEFAULT now(),
        queue_id        text,
        channel         text,
        agent_id        text,
        team_id         text,
        contact_id      text,
        customer_ref    text,
        contact_reason  text,
        subject         text,
        data            jsonb       NOT NULL,
        kafka_partition integer     NOT NULL,
        kafka_offset    bigint      NOT NULL,
        CONSTRAINT events_pkey PRIMARY KEY (tenant_id, source, event_id)
      )`);
    await queryRunner.query(`CREATE INDEX events_tenant_occurred_at ON events (tenant_id, occurred_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE events`);
  }
}

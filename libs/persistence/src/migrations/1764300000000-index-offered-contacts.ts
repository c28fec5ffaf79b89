import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alerter's orphan-survey check looks up, for each survey of an interval, whether its contact
 * was offered in the week before: without an index on the contact that is a hash anti-join over a
 * week of the tenant's offered events in every review (726 ms a review on the demo's 26 days;
 * 1 ms with it). Partial, on offered events only, so the ingestor maintains it for about a fifth of
 * what it writes. Built CONCURRENTLY (outside a transaction) so that an existing store keeps taking
 * writes while it builds; an invalid leftover of an interrupted build is dropped first.
 */
export class IndexOfferedContacts1764300000000 implements MigrationInterface {
  name = 'IndexOfferedContacts1764300000000';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    const invalid = (await queryRunner.query(
      `SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       WHERE c.relname = 'events_offered_contact' AND NOT i.indisvalid`,
    )) as unknown[];
    if (invalid.length > 0) {
      await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS events_offered_contact`);
    }
    await queryRunner.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS events_offered_contact ON events (tenant_id, contact_id)
       WHERE type = 'io.vahti.contact.offered.v1'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX CONCURRENTLY IF EXISTS events_offered_contact`);
  }
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One accepted contact-center event. The key is (tenant, source, id): CloudEvents makes `id` unique
 * per `source`, and the tenant is part of the key so two tenants can never collide.
 * Rows are written by EventStoreRepository with COPY, not through this entity; the entity documents
 * the table for TypeORM's migration tooling and for read paths.
 */
@Entity({ name: 'events' })
@Index('events_tenant_occurred_at', ['tenantId', 'occurredAt'])
// The alerter's orphan-survey check (migration 1764300000000).
@Index('events_offered_contact', ['tenantId', 'contactId'], { where: `type = 'io.vahti.contact.offered.v1'` })
export class EventEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  source!: string;

  @PrimaryColumn({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'ingested_at', type: 'timestamptz', default: () => 'now()' })
  ingestedAt!: Date;

  @Column({ name: 'queue_id', type: 'text', nullable: true })
  queueId!: string | null;

  @Column({ type: 'text', nullable: true })
  channel!: string | null;

  @Column({ name: 'agent_id', type: 'text', nullable: true })
  agentId!: string | null;

  @Column({ name: 'team_id', type: 'text', nullable: true })
  teamId!: string | null;

  @Column({ name: 'contact_id', type: 'text', nullable: true })
  contactId!: string | null;

  /** Keyed hash of the customer identifier; the raw identifier is never stored. */
  @Column({ name: 'customer_ref', type: 'text', nullable: true })
  customerRef!: string | null;

  @Column({ name: 'contact_reason', type: 'text', nullable: true })
  contactReason!: string | null;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  /** Where the event was read from, so any row can be traced back to the log. */
  @Column({ name: 'kafka_partition', type: 'integer' })
  kafkaPartition!: number;

  @Column({ name: 'kafka_offset', type: 'bigint' })
  kafkaOffset!: string;
}

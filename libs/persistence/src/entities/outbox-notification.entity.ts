import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A rendered notification waiting for (or done with) delivery. Enqueued in the transaction that
 * writes its notification-log entry; workers claim due rows with FOR UPDATE SKIP LOCKED and a lease
 * (claimed_until), so several alerter instances share the outbox and a crashed worker's rows come
 * back. Every attempt carries the row's idempotency key.
 */
@Entity({ name: 'alert_outbox' })
@Check('alert_outbox_status_check', `status IN ('pending', 'delivered', 'failed', 'superseded')`)
@Index('alert_outbox_idempotency_key', ['idempotencyKey'], { unique: true })
@Index('alert_outbox_due', ['nextAttemptAt'], { where: `status = 'pending'` })
@Index('alert_outbox_stream', ['tenantId', 'receiver', 'groupKey', 'sequence'])
export class OutboxNotificationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ type: 'text' })
  receiver!: string;

  @Column({ name: 'receiver_kind', type: 'text' })
  receiverKind!: string;

  @Column({ name: 'group_key', type: 'text' })
  groupKey!: string;

  @Column({ type: 'integer' })
  sequence!: number;

  /** @vahti/alerting's RenderedNotification: the HTTP request or the e-mail. */
  @Column({ type: 'jsonb' })
  payload!: unknown;

  /** pending, delivered, failed (permanently or out of attempts), superseded (a newer Alertmanager push replaced it). */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt!: Date;

  /** While a worker delivers the row; past it, the row may be claimed again. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  /** Which claim holds the row, so a worker whose lease ran out cannot overwrite a newer claim's result. */
  @Column({ name: 'claim_token', type: 'uuid', nullable: true })
  claimToken!: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}

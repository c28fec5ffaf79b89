import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The notification log (Alertmanager's nflog): what each receiver was told about each group, in
 * sequence. Written in the transaction that enqueues the notification, so after a restart the
 * planner neither forgets a notification nor plans it twice.
 */
@Entity({ name: 'alert_notification_log' })
@Index('alert_notification_log_idempotency_key', ['idempotencyKey'], { unique: true })
export class NotificationLogEntryEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ name: 'group_key', type: 'text' })
  groupKey!: string;

  @PrimaryColumn({ type: 'text' })
  receiver!: string;

  @PrimaryColumn({ type: 'integer' })
  sequence!: number;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The alerts the notification named, with the status and severity it gave them. */
  @Column({ type: 'jsonb' })
  alerts!: unknown;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey!: string;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The audit trail of alert instances: one row per lifecycle event (fired, updated, acknowledged, resolved). */
@Entity({ name: 'alert_events' })
@Index('alert_events_instance', ['instanceId', 'id'])
export class AlertEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'instance_id', type: 'uuid' })
  instanceId!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ type: 'text' })
  kind!: string;

  /** When it happened: the signal's time or the user's action time. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  severity!: string;

  /** The whole event as @vahti/alerting's AlertEvent. */
  @Column({ type: 'jsonb' })
  detail!: unknown;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}

import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One trip of one alert fingerprint (firing → acknowledged → resolved), as @vahti/alerting's
 * AlertInstance. The id is derived from fingerprint and first firing time, so a replayed signal
 * re-creates the same row. At most one open instance per fingerprint (partial unique index,
 * detection-and-stack.md §C.4). Written and read with SQL by the alerter repositories.
 */
@Entity({ name: 'alert_instances' })
@Check('alert_instances_state_check', `state IN ('firing', 'acknowledged', 'resolved')`)
@Index('alert_instances_open_fingerprint', ['fingerprint'], { unique: true, where: `state <> 'resolved'` })
@Index('alert_instances_fingerprint', ['fingerprint', 'lastSignalAt'])
@Index('alert_instances_tenant_state', ['tenantId', 'state', 'startsAt'])
export class AlertInstanceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ type: 'text' })
  fingerprint!: string;

  @Column({ type: 'text' })
  state!: string;

  @Column({ type: 'text' })
  severity!: string;

  /** Current labels, severity included. */
  @Column({ type: 'jsonb' })
  labels!: Record<string, string>;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'last_signal_at', type: 'timestamptz' })
  lastSignalAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'acknowledged_by', type: 'text', nullable: true })
  acknowledgedBy!: string | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'acknowledgement_comment', type: 'text', nullable: true })
  acknowledgementComment!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  description!: string;

  /** Observed value and yardstick, or null. */
  @Column({ type: 'jsonb', nullable: true })
  value!: unknown;

  /** Ranked root-cause candidates with their numbers. */
  @Column({ type: 'jsonb' })
  candidates!: unknown;
}

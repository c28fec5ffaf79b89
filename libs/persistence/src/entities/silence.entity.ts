import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A silence: label matchers muting a tenant's matching alerts between two times. Expiring moves ends_at to now. */
@Entity({ name: 'alert_silences' })
@Index('alert_silences_tenant_ends_at', ['tenantId', 'endsAt'])
export class SilenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ type: 'jsonb' })
  matchers!: unknown;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ type: 'text' })
  comment!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

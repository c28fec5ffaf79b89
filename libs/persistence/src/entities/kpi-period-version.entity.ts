import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Bumped with every change to a tenant's aggregates of one day (per source partition, its single writer). */
@Entity({ name: 'kpi_period_versions' })
export class KpiPeriodVersionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @PrimaryColumn({ type: 'text' })
  granularity!: string;

  @PrimaryColumn({ name: 'period_start', type: 'timestamptz' })
  periodStart!: Date;

  @PrimaryColumn({ name: 'kafka_partition', type: 'integer' })
  kafkaPartition!: number;

  @Column({ type: 'bigint' })
  version!: string;
}

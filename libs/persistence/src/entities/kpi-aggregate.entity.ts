import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Counters of one scope (tenant × queue × channel, optionally one team, agent or contact reason)
 * in one period (15-minute interval or UTC day), as written by one Kafka partition's owner.
 * Written and read with set-based SQL by EvaluatorStateRepository; the entity documents the table.
 */
@Entity({ name: 'kpi_aggregates' })
export class KpiAggregateEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  /** `interval` (15 min) or `day` (UTC). */
  @PrimaryColumn({ type: 'text' })
  granularity!: string;

  @PrimaryColumn({ name: 'period_start', type: 'timestamptz' })
  periodStart!: Date;

  /** `*` for facts of no queue (agent time, self-service). */
  @PrimaryColumn({ name: 'queue_id', type: 'text' })
  queueId!: string;

  @PrimaryColumn({ type: 'text' })
  channel!: string;

  /** `all`, `team`, `agent` or `reason`. */
  @PrimaryColumn({ type: 'text' })
  dimension!: string;

  @PrimaryColumn({ name: 'dimension_value', type: 'text' })
  dimensionValue!: string;

  @PrimaryColumn({ name: 'kafka_partition', type: 'integer' })
  kafkaPartition!: number;

  /** Non-zero counters by name (see libs/kpi counters). */
  @Column({ type: 'jsonb' })
  counters!: Record<string, number>;

  /** DDSketch of answer waits, protobuf. */
  @Column({ name: 'wait_sketch', type: 'bytea', nullable: true })
  waitSketch!: Buffer | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

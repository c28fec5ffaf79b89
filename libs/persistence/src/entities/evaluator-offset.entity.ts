import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Next offset to apply per partition, committed in the same transaction as the state it produced. */
@Entity({ name: 'evaluator_offsets' })
export class EvaluatorOffsetEntity {
  @PrimaryColumn({ name: 'consumer_group', type: 'text' })
  consumerGroup!: string;

  @PrimaryColumn({ type: 'text' })
  topic!: string;

  @PrimaryColumn({ name: 'kafka_partition', type: 'integer' })
  kafkaPartition!: number;

  @Column({ name: 'next_offset', type: 'bigint' })
  nextOffset!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

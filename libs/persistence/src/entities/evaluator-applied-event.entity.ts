import { Entity, PrimaryColumn } from 'typeorm';

/**
 * An event the evaluator has applied: its time and a digest of (tenant, source, id). Duplicates
 * collide on the key and are skipped.
 */
@Entity({ name: 'evaluator_applied_events' })
export class EvaluatorAppliedEventEntity {
  @PrimaryColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @PrimaryColumn({ name: 'event_key', type: 'uuid' })
  eventKey!: string;
}

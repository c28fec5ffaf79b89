import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fact with history the evaluator keeps between batches (a customer's recent contacts, an agent's states, ...). */
@Entity({ name: 'evaluator_facts' })
export class EvaluatorFactEntity {
  /** `customer`, `agent`, `evaluation` or `forecast`. */
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ name: 'fact_key', type: 'text' })
  factKey!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Whatever a detector keeps between KPI snapshots (baselines, CUSUM sums, hysteresis), per tenant, series and metric. */
@Entity({ name: 'detector_states' })
export class DetectorStateEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  /** The series, e.g. `<queue>/<channel>`; the detector's choice. */
  @PrimaryColumn({ name: 'series_key', type: 'text' })
  seriesKey!: string;

  /** The KPI or detector the state belongs to. */
  @PrimaryColumn({ type: 'text' })
  metric!: string;

  @Column({ type: 'jsonb' })
  state!: unknown;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

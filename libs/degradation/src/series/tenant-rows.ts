// The evaluator's rows of one tenant and one 15-minute interval, as the review reads them. The
// alerter fetches them from PostgreSQL (the benchmark from the in-memory state) and hands them in:
// everything from here on is computed from these rows alone.
import type { Dimension, KpiCounters } from '@vahti/kpi';

/** One aggregate row of a tenant's interval. */
export interface TenantRow {
  readonly queueId: string;
  readonly channel: string;
  readonly dimension: Dimension;
  /** '' for dimension `all`. */
  readonly dimensionValue: string;
  readonly counters: Readonly<KpiCounters>;
}

/** The rows of one tenant at an interval start (epoch ms); empty when nothing happened then. */
export type RowsAt = (periodStart: number) => readonly TenantRow[];

// The shape of one row of the watched-metrics table: which KPI a detector alerts as, which way is
// worse, how its observation is read from an interval's counters, and what each detector family
// needs to know about it. Rows are data (watched-metrics.ts); the detectors are generic over them.
import type { KpiCounters, KpiUnit } from '@vahti/kpi';
import type { Observation, ObservationKind } from './observation';

export type Worse = 'higher' | 'lower';

/**
 * Families of source events. A data-quality flag names the families it corrupts, a metric the
 * families it is computed from (data-quality/broken-data.ts joins the two).
 */
export type EventFamily = 'queue' | 'handling' | 'surveys' | 'agent_states' | 'schedules' | 'forecasts';

/**
 * How a breach is judged. `burn_rate`: a proportion against an error budget, SRE-workbook style
 * multiwindow pairs (breach/breach-rules.ts). `threshold`: the value against a line, with a long and
 * a short window.
 */
export type BreachStyle = 'burn_rate' | 'threshold';

export interface ShiftSpec {
  /** δ, the relative change worth acting on: p1 = p0·(1 + δ), μ1 = μ0·(1 + δ), λ1 = λ0·(1 + δ). */
  readonly relativeShift: number;
  /** Means only: seconds added before taking logs, so waits near 0 s do not make huge relative changes. */
  readonly logOffset?: number;
}

/**
 * When a shift against the baseline is worth a notification for a queue outcome: only while the
 * KPI over its last `windowIntervals` burns its line's error budget at `burn` or more (see
 * monitor/shift-notice.ts for why).
 */
export interface ShiftNotice {
  readonly windowIntervals: number;
  readonly burn: number;
}

export interface WatchedMetric {
  /** The libs/kpi KPI id the metric alerts as; `offered_volume` is the one id that is not a KPI (none exists). */
  readonly id: string;
  /** Lower-case name for sentences ("abandonment"). */
  readonly label: string;
  readonly unit: KpiUnit;
  readonly worse: Worse;
  readonly kind: ObservationKind;
  /** Proportions: whether the KPI value is the bad share (abandonment) or its complement (service level). */
  readonly proportionValue?: 'bad_share' | 'good_share';
  /** Counts compared with a plan (`expected` of the observation, a forecast) rather than on their own. */
  readonly planned?: boolean;
  /** Smallest window sample a breach is judged on (the KPI's own minimum where it has one). */
  readonly minSample: number;
  readonly sampleNoun: string;
  readonly sources: readonly EventFamily[];
  /** How a breach is judged, or null when the metric has no line to breach. */
  readonly breach: BreachStyle | null;
  /** The shift detector's settings, or null when a shift against the own history is not watched. */
  readonly shift: ShiftSpec | null;
  /** Queue outcomes: the condition a shift must meet to be notified; absent = every shift is. */
  readonly shiftNotice?: ShiftNotice;
  /** The observation of one interval, or null when the counters measure nothing of it. */
  readonly observe: (counters: Readonly<KpiCounters>) => Observation | null;
}

// What the alerter hands over for one degraded KPI of one series (tenant × queue × channel, or the
// tenant total): the evaluator's additive counters of the alert window and of its baseline, the
// baseline already scaled to one window by the caller (e.g. the mean of the same slot over the
// past four weeks), plus optional drill-down rows. Counters only, so the lib computes every KPI
// with @vahti/kpi's own formulas.
//
// Agent time: the evaluator books agent-state and schedule time (available, busy, wrap-up, aux,
// scheduled, adherent, shrinkage) under queue and channel `*`, with team and agent drill-down rows,
// because an agent serves several queues at once. A queue series' own counters therefore hold no
// agent time: pass the `*` counters of the agents who serve it (or of the whole tenant) as
// `agentTime`, with the part of their on-queue time that belongs to the series as `share`, or
// pass the staffed agent-seconds directly. For the tenant total the series counters already hold
// the `*` rows and nothing needs to be passed.
import type { KpiCounters } from '@vahti/kpi';

/** A quantity in the baseline (scaled to one window) and in the alert window. */
export interface WindowPair<T> {
  readonly baseline: T;
  readonly current: T;
}

/** Dimensions a change can be localised in; `queue` and `channel` apply when the series is the tenant total. */
export const BREAKDOWN_DIMENSIONS = ['reason', 'team', 'agent', 'queue', 'channel'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** The counters of one element of a dimension (one team, one contact reason, …) in both windows. */
export interface BreakdownRow {
  readonly value: string;
  readonly baseline: KpiCounters;
  readonly current: KpiCounters;
}

/** Agent time of the agents who serve the series (queue and channel `*` counters). */
export interface AgentTime {
  readonly counters: WindowPair<KpiCounters>;
  /**
   * Part (0–1] of their on-queue time that serves this series, held the same in both windows.
   * Default: the series' handle time over their busy and wrap-up time in the baseline.
   */
  readonly share?: number;
}

export interface RootCauseInput {
  /** The degraded KPI, an id of @vahti/kpi's KPI_DEFINITIONS, or OFFERED_VOLUME for offered volume itself. */
  readonly kpi: string;
  /** Length of the window (and of the scaled baseline), seconds. */
  readonly windowSeconds: number;
  /** T of the series' service level ("answered within T seconds"). */
  readonly serviceLevelThresholdSeconds: number;
  /** Counters of the series (dimension `all`). */
  readonly series: WindowPair<KpiCounters>;
  /** Agent-state and schedule counters; default: the series counters (right for the tenant total). */
  readonly agentTime?: AgentTime;
  /** Staffed agent-seconds on the series' queue (available, busy, wrap-up), overriding `agentTime` for the queueing model. */
  readonly staffedAgentSeconds?: WindowPair<number>;
  /**
   * Drill-down rows per dimension. A team or agent row should carry both its contact counters and
   * its `*` agent-time counters (add them: the two sets of counters do not overlap), so that handle
   * time and adherence can be drilled from the same rows.
   */
  readonly breakdowns?: Partial<Record<BreakdownDimension, readonly BreakdownRow[]>>;
}

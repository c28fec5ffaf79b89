// Hand-built counters for the fault fixtures: contact counters of one queue and agent-time counters
// of a group of agents, from the few figures a person would write down. The split of handle time
// into talk, hold and wrap-up does not matter to any KPI used here; the squares only feed the AHT
// interval (a coefficient of variation of 0.7, like the simulator's reasons).
import { emptyCounters, sumCounters, type KpiCounters } from '@vahti/kpi';
import type { BreakdownRow } from '@vahti/root-cause';

export interface ContactFigures {
  readonly offers: number;
  readonly handled: number;
  /** Mean handle time, seconds. */
  readonly aht: number;
  readonly answered?: number;
  readonly withinThreshold?: number;
  readonly abandoned?: number;
  readonly shortAbandoned?: number;
  readonly answerWaitSeconds?: number;
  readonly abandonWaitSeconds?: number;
  readonly transfers?: number;
  readonly resolved?: number;
  readonly repeatContacts?: number;
  /** Offers that arrived by transfer (offers − first offers). */
  readonly transfersIn?: number;
  readonly forecastContacts?: number;
}

/** Contact counters of one queue (or one element of it) in one window. */
export function contactCounters(f: ContactFigures): KpiCounters {
  const handleSeconds = f.handled * f.aht;
  return {
    ...emptyCounters(),
    offers: f.offers,
    firstOffers: f.offers - (f.transfersIn ?? 0),
    answered: f.answered ?? f.handled,
    answeredWithinThreshold: f.withinThreshold ?? 0,
    abandoned: f.abandoned ?? 0,
    shortAbandoned: f.shortAbandoned ?? 0,
    answerWaitSeconds: f.answerWaitSeconds ?? 0,
    abandonWaitSeconds: f.abandonWaitSeconds ?? 0,
    handled: f.handled,
    talkSeconds: 0.8 * handleSeconds,
    holdSeconds: 0.05 * handleSeconds,
    wrapUpSeconds: 0.15 * handleSeconds,
    handleSquares: f.handled * f.aht * f.aht * 1.49,
    transfers: f.transfers ?? 0,
    resolvedReported: f.resolved ?? 0,
    repeatContacts: f.repeatContacts ?? 0,
    forecastContacts: f.forecastContacts ?? 0,
    forecastedIntervals: f.forecastContacts === undefined ? 0 : 4,
  };
}

export interface AgentFigures {
  /** Scheduled (observed) agent-seconds. */
  readonly scheduledSeconds: number;
  /** Shares of scheduled time off queue: during planned off-queue activities, and when planned on queue. */
  readonly plannedShare: number;
  readonly unplannedShare: number;
  /** Schedule adherence (adherent / scheduled; no leave here). */
  readonly adherence: number;
  /** Busy and wrap-up agent-seconds. */
  readonly busySeconds: number;
  readonly unscheduledOnQueueSeconds?: number;
}

/**
 * Agent-time counters of a group of agents: on-queue scheduled time = scheduled − planned −
 * unplanned shrinkage (the identity the evaluator's slot terms keep), staffed time = that plus
 * unscheduled on-queue time, available = staffed − busy.
 */
export function agentCounters(f: AgentFigures): KpiCounters {
  const planned = f.scheduledSeconds * f.plannedShare;
  const unplanned = f.scheduledSeconds * f.unplannedShare;
  const onQueueScheduled = f.scheduledSeconds - planned - unplanned;
  const staffed = onQueueScheduled + (f.unscheduledOnQueueSeconds ?? 0);
  return {
    ...emptyCounters(),
    scheduledSeconds: f.scheduledSeconds,
    adherentSeconds: f.adherence * f.scheduledSeconds,
    onQueueScheduledSeconds: onQueueScheduled,
    plannedShrinkageSeconds: planned,
    unplannedShrinkageSeconds: unplanned,
    availableSeconds: staffed - f.busySeconds,
    busySeconds: 0.85 * f.busySeconds,
    wrapStateSeconds: 0.15 * f.busySeconds,
    auxSeconds: planned + unplanned,
  };
}

/** A breakdown row. */
export function row(value: string, baseline: KpiCounters, current: KpiCounters): BreakdownRow {
  return { value, baseline, current };
}

/** The series of a set of rows: the sums of their counters, window by window. */
export function totalOf(rows: readonly BreakdownRow[]): { baseline: KpiCounters; current: KpiCounters } {
  return { baseline: sumCounters(rows.map((r) => r.baseline)), current: sumCounters(rows.map((r) => r.current)) };
}

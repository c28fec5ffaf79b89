// When an alert counts as detecting an injected fault, and when a root-cause candidate names it.
// The rules are written down here once, so that the detection benchmark's figures mean one
// thing: an alert detects a fault when it fires on a series the fault reaches while the fault is on
// (or while its effect lingers); a candidate names the fault when it is the factor the fault
// changed (or, for some kinds, the cause the kind is: KIND_FACTORS) and, for a fault confined to a
// contact reason or a team, names that reason or team.
import type { GroundTruthFault } from '../contact-center/ground-truth';
import type { Scenario } from '../scenario/scenario-schema';

const HOUR_MS = 3_600_000;

/** What the benchmark knows of an alert: where and when it fired and what it blamed. */
export interface ScoredAlert {
  readonly queueId: string;
  readonly channel: string;
  readonly metric: string;
  readonly detector: string;
  readonly severity: string;
  /** End (epoch ms) of the interval whose evaluation made the alert fire. */
  readonly firedAt: number;
  readonly candidates: readonly ScoredCandidate[];
}

export interface ScoredCandidate {
  readonly rank: number;
  readonly factor: string;
  readonly dimension?: string;
  readonly value?: string;
}

/**
 * Factors (root-cause graph nodes) that name each changed parameter. A volume surge also shows as
 * workload; a forecast miss is a volume against the forecast; an adherence drop removes staffed
 * agents; a resolution drop shows in resolution and, a day later, in repeat contacts; misrouted
 * contacts add volume to the queue they land in and are transferred out of it.
 */
const FACTORS: Readonly<Record<string, readonly string[]>> = {
  handleTime: ['handle_time'],
  volume: ['volume', 'workload', 'forecast'],
  adherence: ['adherence', 'staffing', 'shrinkage'],
  resolutionProbability: ['resolution', 'repeat_contacts'],
  misrouting: ['transfers', 'volume'],
};

/**
 * Factors that name a fault by its kind, whichever parameter it changed: a knowledge-base outage
 * is a loss of what agents know and can look up (the root-cause graph's latent `proficiency`).
 */
const KIND_FACTORS: Readonly<Record<string, readonly string[]>> = {
  kb_outage: ['proficiency'],
};

/**
 * How long after its end a fault's effect is still expected: queues drain within about two hours;
 * unresolved contacts come back as repeats over the following days (the scenarios' mean repeat
 * delay is 30 h), so a resolution drop is credited for 48 h.
 */
function lingerMs(fault: GroundTruthFault): number {
  return fault.parameter === 'resolutionProbability' ? 48 * HOUR_MS : 2 * HOUR_MS;
}

/** Queues whose series a fault can move: its own (or every queue), the queue misrouted contacts land in, and their callback queues. */
export function affectedQueues(fault: GroundTruthFault, scenario: Pick<Scenario, 'queues'>): ReadonlySet<string> {
  const direct = fault.segment.queueId === undefined ? scenario.queues.map((q) => q.id) : [fault.segment.queueId];
  const queues = new Set([...direct, ...(fault.toQueueId === undefined ? [] : [fault.toQueueId])]);
  for (const queue of scenario.queues) {
    if (queues.has(queue.id) && queue.callback !== undefined) {
      queues.add(queue.callback.queueId);
    }
  }
  return queues;
}

/** Whether `alert` is an effect of `fault`: fired on a series it reaches, while it is on or its effect lingers. */
export function alertMatchesFault(alert: ScoredAlert, fault: GroundTruthFault, queues: ReadonlySet<string>): boolean {
  const start = Date.parse(fault.start);
  const end = Date.parse(fault.end) + lingerMs(fault);
  // Tenant totals (`all`) and agent time (`*`) are reached by any fault of the tenant.
  const reached = alert.queueId === 'all' || alert.queueId === '*' || queues.has(alert.queueId);
  return reached && alert.firedAt > start && alert.firedAt <= end;
}

/** Whether a candidate names the fault: its factor, localised to the fault's reason or team when the fault has one. */
export function candidateNamesFault(candidate: ScoredCandidate, fault: GroundTruthFault): boolean {
  if (![...(FACTORS[fault.parameter] ?? []), ...(KIND_FACTORS[fault.kind] ?? [])].includes(candidate.factor)) {
    return false;
  }
  const { contactReason, teamId } = fault.segment;
  if (contactReason !== undefined) {
    return candidate.dimension === 'reason' && candidate.value === contactReason;
  }
  if (teamId !== undefined) {
    return candidate.dimension === 'team' && candidate.value === teamId;
  }
  return true;
}

// The workforce settlement of agent states, deferred to the end of a batch. Settling after every
// state change re-read the agent's planned slots and employment history once per event, which was
// most of the evaluator's work on agent events (an agent sends dozens of states per batch, mostly
// into the same few slots). Settlement brings slots and employed time up to date from the facts as
// they are (workforce-settle.ts), so settling once over the union of the changed stretches gives the
// same deltas as settling after each change, with two exceptions that force an earlier settlement:
//  - another writer of the workforce fact (a schedule or HR event) is about to run;
//  - an insertion would move the agent's horizon past the pending stretch, dropping the states its
//    slots are computed from.
import type { AggregateDeltas } from './aggregate-deltas';
import { AGENT_HORIZON_MS, type AgentTimeline, type StateSegment } from './agent-timeline';
import { agentKey, workforceKey } from './fact-keys';
import type { WorkforceIo } from './workforce-events';
import { EMPTY_WORKFORCE, type WorkforceFact } from './workforce-fact';
import { settleEmployment, settleSlots } from './workforce-settle';
import { intervalStart } from '../time/period';

interface Pending {
  readonly tenantId: string;
  readonly agentId: string;
  /** The fact and the timeline's latest entry when the first unsettled change came. */
  readonly previous: WorkforceFact;
  readonly before: AgentTimeline | undefined;
  earliestAt: number;
  from: number;
  to: number;
}

/** Agent-state settlements not yet made, by workforce key. */
export type PendingSettlements = Map<string, Pending>;

/** Records that an agent state was placed; its settlement follows in settlePending(). */
export function notePending(
  pending: PendingSettlements,
  change: { tenantId: string; agentId: string; at: number; before: AgentTimeline | undefined; added: readonly StateSegment[] },
  io: WorkforceIo,
): void {
  const key = workforceKey(change.tenantId, change.agentId);
  let entry = pending.get(key);
  if (entry === undefined) {
    entry = {
      tenantId: change.tenantId,
      agentId: change.agentId,
      previous: io.workforceOf(key) ?? EMPTY_WORKFORCE,
      before: change.before,
      earliestAt: change.at,
      from: Number.POSITIVE_INFINITY,
      to: Number.NEGATIVE_INFINITY,
    };
    pending.set(key, entry);
  }
  entry.earliestAt = Math.min(entry.earliestAt, change.at);
  for (const segment of change.added) {
    entry.from = Math.min(entry.from, segment.from);
    entry.to = Math.max(entry.to, segment.to);
  }
}

/** Settles the agent's pending change first when placing a state at `at` could move its horizon past it. */
export function settleBeforeHorizonMoves(
  pending: PendingSettlements,
  tenantId: string,
  agentId: string,
  newestAt: number,
  io: WorkforceIo,
): void {
  const key = workforceKey(tenantId, agentId);
  const entry = pending.get(key);
  // The horizon stays below newest − AGENT_HORIZON_MS (agent-timeline.ts prune()).
  if (entry !== undefined && newestAt - AGENT_HORIZON_MS > intervalStart(entry.from)) {
    settleOne(key, entry, io);
    pending.delete(key);
  }
}

/** Makes every pending settlement (end of batch, or before a schedule or HR event writes a fact). */
export function settlePending(pending: PendingSettlements, io: WorkforceIo): void {
  for (const [key, entry] of pending) {
    settleOne(key, entry, io);
  }
  pending.clear();
}

function settleOne(key: string, entry: Pending, io: WorkforceIo): void {
  const deltas: AggregateDeltas = io.deltas;
  const current = io.workforceOf(key) ?? EMPTY_WORKFORCE;
  const timeline = io.agentOf(agentKey(entry.tenantId, entry.agentId));
  let next: WorkforceFact =
    current.firstSeen !== null && current.firstSeen <= entry.earliestAt ? current : { ...current, firstSeen: entry.earliestAt };
  settleEmployment(entry.tenantId, { fact: entry.previous, timeline: entry.before }, { fact: next, timeline }, deltas);
  if (entry.from < entry.to && next.slots.length > 0 && timeline !== undefined) {
    next = settleSlots({ tenantId: entry.tenantId, agentId: entry.agentId }, next, timeline, entry.from, entry.to, false, deltas);
  }
  if (next !== current) {
    io.workforce.set(key, next);
  }
}

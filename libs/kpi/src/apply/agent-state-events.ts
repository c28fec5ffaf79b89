// The agent side of evaluate-batch: state changes placed in the agent's timeline, latest states
// counted up to the covered interval (agent-coverage.ts), and the workforce settlement each defers.
import type { EventOf } from '@vahti/contracts';
import { ANY } from '../counters/aggregate';
import { addDuration } from './aggregate-deltas';
import { coveragePlan, EMPTY_ROSTER, type TenantActivity } from './agent-coverage';
import { countedSegment, coverLatestState, insertAgentState, MAX_SEGMENT_MS, STATE_COUNTER, type StateSegment } from './agent-timeline';
import type { BatchOutcome, FactsView } from './evaluate-batch';
import { agentKey } from './fact-keys';
import { notePending, type PendingSettlements, settleBeforeHorizonMoves } from './pending-settlements';
import type { Scope } from './scope';
import { tieKey } from './tie-key';
import type { WorkforceIo } from './workforce-events';

/** Places one state change and notes its workforce settlement. */
export function applyAgentState(
  event: EventOf<'io.vahti.agent.state_changed.v1'>,
  facts: FactsView,
  out: BatchOutcome,
  pending: PendingSettlements,
): void {
  const d = event.data;
  const key = agentKey(event.tenantid, d.agentId);
  const owned = out.agents.get(key);
  const current = owned ?? facts.agent(key);
  const entry = {
    at: Date.parse(event.time),
    tie: tieKey(event.source, event.id),
    state: d.state,
    ...(d.teamId !== undefined && { teamId: d.teamId }),
  };
  // The workforce settlement reads only the latest entry of the timeline before the change.
  const before = owned === undefined ? current : { entries: owned.entries.slice(-1), horizonStart: owned.horizonStart };
  const newest = current?.entries[current.entries.length - 1]?.at ?? Number.NEGATIVE_INFINITY;
  settleBeforeHorizonMoves(pending, event.tenantid, d.agentId, Math.max(newest, entry.at), workforceIo(facts, out));
  const result = insertAgentState(current, entry, owned !== undefined);
  if (result.kind === 'too_late') {
    out.tooLate += 1;
    return;
  }
  if (result.kind === 'inserted') {
    out.agents.set(key, result.timeline);
    for (const segment of result.removed) {
      addSegment(out, event.tenantid, d.agentId, segment, -1);
    }
    for (const segment of result.added) {
      addSegment(out, event.tenantid, d.agentId, segment, 1);
    }
    notePending(
      pending,
      { tenantId: event.tenantid, agentId: d.agentId, at: entry.at, before, added: result.added },
      workforceIo(facts, out),
    );
  }
}

/** Counts the latest states of the tenant's agents up to the roster's end; an agent whose latest state is counted to its cap leaves the roster until its next state. */
export function coverLatestStates(
  tenantId: string,
  tenant: TenantActivity,
  facts: FactsView,
  out: BatchOutcome,
  pending: PendingSettlements,
): void {
  const before = facts.roster(tenantId) ?? EMPTY_ROSTER;
  const plan = coveragePlan(before, tenant);
  const until = plan.roster.coveredTo;
  const finished = new Set<string>();
  for (const agentId of plan.cover) {
    const key = agentKey(tenantId, agentId);
    const current = out.agents.get(key) ?? facts.agent(key);
    const last = current?.entries[current.entries.length - 1];
    if (current === undefined || last === undefined) {
      continue;
    }
    if (last.at + MAX_SEGMENT_MS <= until) {
      finished.add(agentId);
    }
    const result = coverLatestState(current, until);
    if (result === null) {
      continue;
    }
    out.agents.set(key, result.timeline);
    for (const segment of result.removed) {
      addSegment(out, tenantId, agentId, segment, -1);
    }
    for (const segment of result.added) {
      addSegment(out, tenantId, agentId, segment, 1);
    }
    notePending(pending, { tenantId, agentId, at: last.at, before: current, added: result.added }, workforceIo(facts, out));
  }
  const roster = finished.size === 0 ? plan.roster : { ...plan.roster, agents: plan.roster.agents.filter((a) => !finished.has(a)) };
  if (roster !== before) {
    out.rosters.set(tenantId, roster);
  }
}

/** The workforce facts of a batch, as the workforce side reads and writes them. */
export function workforceIo(facts: FactsView, out: BatchOutcome): WorkforceIo {
  return {
    deltas: out.deltas,
    workforce: out.workforce,
    workforceOf: (key) => out.workforce.get(key) ?? facts.workforce(key),
    agentOf: (key) => out.agents.get(key) ?? facts.agent(key),
  };
}

function addSegment(out: BatchOutcome, tenantId: string, agentId: string, raw: StateSegment, sign: 1 | -1): void {
  const segment = countedSegment(raw);
  const counter = STATE_COUNTER[raw.state];
  if (segment === null || counter === null) {
    return;
  }
  const scope: Scope = { tenantId, queueId: ANY, channel: ANY, agentId, ...(segment.teamId !== undefined && { teamId: segment.teamId }) };
  addDuration(out.deltas, segment.from, segment.to, scope, counter, sign);
}

// Brings an agent's schedule and employment counters up to date after one of its facts changed:
// each affected slot's previous contribution is taken back and its new one added (slot-terms.ts),
// and the employed time and leaver marks are moved by the difference between the old and the new
// history (employee-history.ts). Work is bounded by the slots the change touches.
import { ANY } from '../counters/aggregate';
import { type CounterDelta } from '../counters/kpi-counters';
import { DAY_MS, INTERVAL_MS, intervalStart } from '../time/period';
import { type AggregateDeltas, addContribution, addDuration } from './aggregate-deltas';
import type { AgentTimeline } from './agent-timeline';
import { pruneSlots } from './agent-plan';
import { employedRanges, employmentMarks, rangeChanges } from './employee-history';
import type { Scope } from './scope';
import { slotTerms } from './slot-terms';
import { effectivePlan, type PlanSlot, slotAt, slotIndex, type WorkforceFact } from './workforce-fact';

/** Plan slots are kept this long before the agent timeline's horizon (later changes there are refused anyway). */
const KEEP_SLOTS_MS = DAY_MS;

export interface AgentRef {
  readonly tenantId: string;
  readonly agentId: string;
}

/**
 * Recomputes the slots starting in [from, to) (and, when `withNeighbours`, the slot on each side,
 * whose grace depends on this one's activity). Slots before the timeline's horizon are left as they
 * are: the states they were computed from are gone. Returns the fact with the new terms.
 */
export function settleSlots(
  agent: AgentRef,
  fact: WorkforceFact,
  timeline: AgentTimeline | undefined,
  from: number,
  to: number,
  withNeighbours: boolean,
  deltas: AggregateDeltas,
): WorkforceFact {
  const horizon = timeline?.horizonStart ?? Number.NEGATIVE_INFINITY;
  const slots = [...pruneSlots(fact.slots, horizon, KEEP_SLOTS_MS)];
  const first = Math.max(intervalStart(from) - (withNeighbours ? INTERVAL_MS : 0), horizon);
  const last = withNeighbours ? to + INTERVAL_MS : to;
  let changed = slots.length !== fact.slots.length;
  for (let i = slotIndex(slots, first); i < slots.length && (slots[i] as PlanSlot).start < last; i += 1) {
    const slot = slots[i] as PlanSlot;
    const updated = settleSlot(agent, slot, slots, timeline, fact, deltas);
    if (updated !== slot) {
      slots[i] = updated;
      changed = true;
    }
  }
  return changed ? { ...fact, slots } : fact;
}

function settleSlot(
  agent: AgentRef,
  slot: PlanSlot,
  slots: readonly PlanSlot[],
  timeline: AgentTimeline | undefined,
  fact: WorkforceFact,
  deltas: AggregateDeltas,
): PlanSlot {
  const plan = effectivePlan(slot);
  const activityAt = (start: number) => effectivePlan(slotAt(slots, start))?.activity ?? 'offline';
  const delta =
    plan === null
      ? null
      : slotTerms(
          {
            start: slot.start,
            activity: plan.activity,
            previous: activityAt(slot.start - INTERVAL_MS),
            next: activityAt(slot.start + INTERVAL_MS),
          },
          timeline,
          fact.hr,
        );
  const old = slot.terms;
  if (old !== undefined && plan !== null && delta !== null && old.team === plan.team && sameDelta(old.delta, delta)) {
    return slot;
  }
  if (old === undefined && delta === null) {
    return slot;
  }
  if (old !== undefined && plan !== null && delta !== null && old.team === plan.team) {
    // Same rows either way: add the difference once instead of taking back and adding again.
    addContribution(deltas, slot.start, agentScope(agent, plan.team), difference(delta, old.delta));
    return { start: slot.start, plans: slot.plans, terms: { team: plan.team, delta } };
  }
  if (old !== undefined) {
    addContribution(deltas, slot.start, agentScope(agent, old.team), old.delta, -1);
  }
  if (plan === null || delta === null) {
    return { start: slot.start, plans: slot.plans };
  }
  addContribution(deltas, slot.start, agentScope(agent, plan.team), delta);
  return { start: slot.start, plans: slot.plans, terms: { team: plan.team, delta } };
}

/** Moves employed time and employment marks from what `previous` implied to what `next` implies. */
export function settleEmployment(
  tenantId: string,
  previous: { fact: WorkforceFact; timeline: AgentTimeline | undefined },
  next: { fact: WorkforceFact; timeline: AgentTimeline | undefined },
  deltas: AggregateDeltas,
): void {
  // Headcount is a tenant figure: a per-team split would need the agent's team history.
  const scope: Scope = { tenantId, queueId: ANY, channel: ANY };
  const ranges = (s: typeof previous) => employedRanges(s.fact.hr, s.fact.firstSeen, seenUntil(s.fact, s.timeline));
  for (const change of rangeChanges(ranges(previous), ranges(next))) {
    addDuration(deltas, change.from, change.to, scope, 'employedSeconds', change.sign);
  }
  if (previous.fact.hr !== next.fact.hr) {
    for (const mark of employmentMarks(previous.fact.hr)) {
      addContribution(deltas, mark.at, scope, mark.delta, -1);
    }
    for (const mark of employmentMarks(next.fact.hr)) {
      addContribution(deltas, mark.at, scope, mark.delta);
    }
  }
}

/** The latest moment the agent is known to be there: their latest state or HR event. */
export function seenUntil(fact: WorkforceFact, timeline: AgentTimeline | undefined): number {
  const latestState = timeline?.entries[timeline.entries.length - 1]?.at ?? Number.NEGATIVE_INFINITY;
  return Math.max(latestState, fact.lastHrAt ?? Number.NEGATIVE_INFINITY, fact.firstSeen ?? Number.NEGATIVE_INFINITY);
}

function agentScope(agent: AgentRef, team: string): Scope {
  return { tenantId: agent.tenantId, queueId: ANY, channel: ANY, teamId: team, agentId: agent.agentId };
}

function sameDelta(a: CounterDelta, b: CounterDelta): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof CounterDelta>;
  for (const key of keys) {
    if ((a[key] ?? 0) !== (b[key] ?? 0)) {
      return false;
    }
  }
  return true;
}

// `next` − `previous`, counter by counter.
function difference(next: CounterDelta, previous: CounterDelta): CounterDelta {
  const out: Record<string, number> = {};
  for (const name in next) {
    out[name] = (next[name as keyof CounterDelta] ?? 0) - (previous[name as keyof CounterDelta] ?? 0);
  }
  for (const name in previous) {
    if (!(name in next)) {
      out[name] = -(previous[name as keyof CounterDelta] ?? 0);
    }
  }
  return out;
}

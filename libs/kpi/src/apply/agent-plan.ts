// A schedule publication applied to one agent's plan. The contract: a publication replaces the
// team's earlier plan for [periodStart, periodEnd), and an interval without an entry is planned
// offline. Each slot keeps the latest publication per team, so the plan in force is the same
// whatever order publications arrive in. Known limit: only the agents a publication lists are
// loaded, so an agent dropped from a republished plan keeps the earlier entries until a plan that
// lists them arrives (finding them would need a team index read before the batch is evaluated).
import { INTERVAL_MS, intervalStart } from '../time/period';
import { newer, type PlanSlot, type ScheduleActivity, slotIndex, type TeamPlan } from './workforce-fact';

export interface AgentPublication {
  readonly team: string;
  readonly publishedAt: number;
  readonly eventId: string;
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly intervalMs: number;
  /** This agent's entries: start of a planning interval and its activity. */
  readonly entries: ReadonlyArray<{ readonly start: number; readonly activity: ScheduleActivity }>;
}

/** The slots after `publication`, and the starts of the slots whose team plan changed. */
export function applyPublication(slots: readonly PlanSlot[], publication: AgentPublication): { slots: PlanSlot[]; changed: number[] } {
  const planned = new Map<number, ScheduleActivity>();
  for (const entry of publication.entries) {
    // A 30- or 60-minute planning interval covers two or four slots.
    for (let t = intervalStart(entry.start); t < entry.start + publication.intervalMs; t += INTERVAL_MS) {
      planned.set(t, entry.activity);
    }
  }
  const next = [...slots];
  const changed: number[] = [];
  for (let start = intervalStart(publication.periodStart); start < publication.periodEnd; start += INTERVAL_MS) {
    const incoming: TeamPlan = {
      team: publication.team,
      activity: planned.get(start) ?? 'offline',
      publishedAt: publication.publishedAt,
      eventId: publication.eventId,
    };
    const index = slotIndex(next, start);
    const slot = next[index];
    if (slot === undefined || slot.start !== start) {
      next.splice(index, 0, { start, plans: [incoming] });
      changed.push(start);
      continue;
    }
    const current = slot.plans.find((p) => p.team === incoming.team);
    if (current === undefined || newer(incoming, current)) {
      next[index] = { ...slot, plans: [...slot.plans.filter((p) => p.team !== incoming.team), incoming] };
      changed.push(start);
    }
  }
  return { slots: next, changed };
}

/** Slots that ended more than `keepMs` before `horizon` can no longer change: dropped. */
export function pruneSlots(slots: readonly PlanSlot[], horizon: number, keepMs: number): readonly PlanSlot[] {
  const first = slotIndex(slots, horizon - keepMs);
  return first === 0 ? slots : slots.slice(first);
}

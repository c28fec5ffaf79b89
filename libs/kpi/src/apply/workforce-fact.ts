// One agent's workforce fact: the published plan per 15-minute slot, the HR history (hires,
// leavers, absences) and when the agent was first seen. Schedules arrive keyed by team and states
// keyed by agent, on different partitions, so this fact is written by both: the evaluator reads it
// under a lock and never caches it (like customer timelines). Each slot keeps what it last
// contributed, so a later state, absence or republication replaces exactly that contribution.
import type { EventOf } from '@vahti/contracts';
import type { CounterDelta } from '../counters/kpi-counters';

export type ScheduleActivity = EventOf<'io.vahti.schedule.published.v1'>['data']['entries'][number]['activity'];

/** A team's latest publication for one slot; `offline` when that publication leaves the agent out. */
export interface TeamPlan {
  readonly team: string;
  readonly activity: ScheduleActivity;
  readonly publishedAt: number;
  readonly eventId: string;
}

/** What a slot added to the aggregates, and under which team. */
export interface SlotTerms {
  readonly team: string;
  readonly delta: CounterDelta;
}

export interface PlanSlot {
  /** Epoch ms of the 15-minute slot. */
  readonly start: number;
  /** One entry per team that published a plan for this slot. */
  readonly plans: readonly TeamPlan[];
  readonly terms?: SlotTerms;
}

export type HrChange = 'hired' | 'left' | 'absent' | 'returned';

export interface HrEntry {
  /** Effective time (effectiveAt, else time). */
  readonly at: number;
  readonly tie: string;
  readonly change: HrChange;
  readonly absence?: 'planned' | 'unplanned';
  readonly voluntary?: boolean;
}

export interface WorkforceFact {
  /** Earliest state or HR event of the agent: the roster start when no hire is known. */
  readonly firstSeen: number | null;
  /** Latest HR event of the agent (any change): seen until then even without states. */
  readonly lastHrAt: number | null;
  /** Sorted by (at, tie). Kept whole: a few entries per agent and month. */
  readonly hr: readonly HrEntry[];
  /** Sorted by start, one per slot. */
  readonly slots: readonly PlanSlot[];
}

export const EMPTY_WORKFORCE: WorkforceFact = { firstSeen: null, lastHrAt: null, hr: [], slots: [] };

/** The plan in force for a slot: the newest publication that plans the agent, offline if none does. */
export function effectivePlan(slot: PlanSlot | undefined): TeamPlan | null {
  let best: TeamPlan | null = null;
  for (const plan of slot?.plans ?? []) {
    if (plan.activity !== 'offline' && (best === null || newer(plan, best))) {
      best = plan;
    }
  }
  return best;
}

/** Whether publication `a` is later than `b` (publication time, then event id). */
export function newer(a: TeamPlan, b: TeamPlan): boolean {
  return a.publishedAt > b.publishedAt || (a.publishedAt === b.publishedAt && a.eventId > b.eventId);
}

/** Index of the slot starting at `start`, or of where it would go. */
export function slotIndex(slots: readonly PlanSlot[], start: number): number {
  let low = 0;
  let high = slots.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((slots[mid] as PlanSlot).start < start) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

/** The slot starting at `start`, if any. */
export function slotAt(slots: readonly PlanSlot[], start: number): PlanSlot | undefined {
  const slot = slots[slotIndex(slots, start)];
  return slot?.start === start ? slot : undefined;
}

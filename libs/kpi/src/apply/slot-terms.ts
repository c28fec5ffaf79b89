// What one planned 15-minute slot of one agent contributes: scheduled, adherent, on-queue,
// shrinkage and absence seconds (kpi-catalog K37, K38, K47), from the plan, the agent's states and
// HR absences. Only observed time counts: time the agent's states cover (first to latest state,
// and the latest state up to its provisional end) or an absence covers. Past that the agent's state
// is not known yet; that time is counted when the next state or the next provisional end arrives,
// as agent state time is (agent-timeline.ts).
import type { CounterDelta } from '../counters/kpi-counters';
import { INTERVAL_MS } from '../time/period';
import { type AgentStateEntry, type AgentTimeline, MAX_SEGMENT_MS, openEnd } from './agent-timeline';
import { absenceAt } from './employee-history';
import type { HrEntry, ScheduleActivity } from './workforce-fact';

/** Tolerance around a planned activity change (kpi-catalog K38: ±1–2 min): either activity adheres. */
export const ADHERENCE_GRACE_MS = 60_000;

const ON_QUEUE: ReadonlySet<string> = new Set(['available', 'busy', 'wrap_up']);

export interface SlotPlan {
  readonly start: number;
  readonly activity: ScheduleActivity;
  /** Activities of the slots before and after (offline where none is planned). */
  readonly previous: ScheduleActivity;
  readonly next: ScheduleActivity;
}

/** The counters of one planned slot (`activity` other than offline). */
export function slotTerms(plan: SlotPlan, timeline: AgentTimeline | undefined, hr: readonly HrEntry[]): CounterDelta {
  const start = plan.start;
  const end = start + INTERVAL_MS;
  const entries = timeline?.entries ?? [];
  const cuts = [start + ADHERENCE_GRACE_MS, end - ADHERENCE_GRACE_MS];
  // A state change inside the slot cuts it, and so does the cap of a state that began 12 h before:
  // two binary searches to the few entries of each kind keep a slot O(log n + k) however many
  // days the timeline holds (walking every entry of the 12 h before the slot was most of its cost).
  for (let i = firstAfter(entries, start); i < entries.length; i += 1) {
    const at = (entries[i] as AgentStateEntry).at;
    if (at >= end) {
      break;
    }
    cuts.push(at);
  }
  for (let i = firstAfter(entries, start - MAX_SEGMENT_MS); i < entries.length; i += 1) {
    const capped = (entries[i] as AgentStateEntry).at + MAX_SEGMENT_MS;
    if (capped >= end) {
      break;
    }
    cuts.push(capped);
  }
  for (const e of hr) {
    cuts.push(e.at);
  }
  const cover = openEnd(timeline);
  if (cover !== undefined) {
    cuts.push(cover);
  }
  const points = [start];
  for (const t of cuts.filter((c) => c > start && c < end).sort((a, b) => a - b)) {
    if (t !== points[points.length - 1]) {
      points.push(t);
    }
  }
  points.push(end);
  const terms = {
    scheduledSeconds: 0,
    leaveSeconds: 0,
    adherentSeconds: 0,
    onQueueScheduledSeconds: 0,
    plannedShrinkageSeconds: 0,
    unplannedShrinkageSeconds: 0,
    unplannedAbsenceSeconds: 0,
  };
  for (let i = 0; i + 1 < points.length; i += 1) {
    const at = points[i] as number;
    const seconds = ((points[i + 1] as number) - at) / 1000;
    const state = stateAt(entries, at, cover);
    const absence = absenceAt(hr, at);
    if (state === null && absence === null) {
      continue; // not observed
    }
    const onQueue = state !== null && ON_QUEUE.has(state.state) && at < state.at + MAX_SEGMENT_MS;
    const activity = plan.activity;
    const leave = !onQueue && (activity === 'leave' || absence === 'planned');
    terms.scheduledSeconds += seconds;
    if (onQueue) {
      terms.onQueueScheduledSeconds += seconds;
    } else {
      if (absence === 'unplanned' && activity !== 'leave') {
        terms.unplannedAbsenceSeconds += seconds;
      }
      if (leave) {
        terms.leaveSeconds += seconds;
      }
      if (activity !== 'available' || absence === 'planned') {
        terms.plannedShrinkageSeconds += seconds;
      } else {
        terms.unplannedShrinkageSeconds += seconds;
      }
    }
    const neighbour = at < start + ADHERENCE_GRACE_MS ? plan.previous : at >= end - ADHERENCE_GRACE_MS ? plan.next : activity;
    if (!leave && (matches(activity, onQueue, absence) || matches(neighbour, onQueue, absence))) {
      terms.adherentSeconds += seconds;
    }
  }
  return terms;
}

// The agent state that adheres to an activity. ACD aux reasons and WFM activity codes differ per
// tenant, so any off-queue state (aux or logged out) adheres to any off-queue activity; time absent
// adheres only to planned leave.
function matches(activity: ScheduleActivity, onQueue: boolean, absence: 'planned' | 'unplanned' | null): boolean {
  return activity === 'available' ? onQueue : !onQueue && (activity === 'leave' || absence === null);
}

// The state in force at `t` while the timeline covers it (first entry to the latest, or to the
// latest's provisional end), else null.
function stateAt(entries: readonly AgentStateEntry[], t: number, cover: number | undefined): AgentStateEntry | null {
  const last = entries[entries.length - 1];
  if (last === undefined || t < (entries[0] as AgentStateEntry).at) {
    return null;
  }
  if (t >= last.at) {
    return cover !== undefined && t < cover ? last : null;
  }
  let low = 0;
  let high = entries.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((entries[mid] as AgentStateEntry).at <= t) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return entries[low] as AgentStateEntry;
}

// The index of the first entry later than `t`.
function firstAfter(entries: readonly AgentStateEntry[], t: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((entries[mid] as AgentStateEntry).at <= t) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

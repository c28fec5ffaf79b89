// Agent time per state from agent.state_changed: a state lasts until the agent's next state.
// Entries stay sorted by (time, tie key), so a late or out-of-order event splits the segment it
// falls into and the totals equal those of the sorted stream, whatever the arrival order.
// The latest state has no end yet; up to `coveredUntil` (the last closed interval, agent-coverage.ts)
// it is counted as if it ended there, so the live interval shows an agent who has been in aux for
// an hour. The next state takes that provisional end back and counts the real one.
import { insertionIndex } from './insertion-index';
import { AGENT_STATES } from '@vahti/contracts';
import type { CounterName } from '../counters/kpi-counters';

export type AgentState = (typeof AGENT_STATES)[number];

export interface AgentStateEntry {
  readonly at: number;
  /** Orders states with the same timestamp (tie-key.ts). */
  readonly tie: string;
  readonly state: AgentState;
  readonly teamId?: string;
}

export interface AgentTimeline {
  readonly entries: readonly AgentStateEntry[];
  /** Entries before this were pruned; earlier arrivals are too late to place. */
  readonly horizonStart: number;
  /** The latest state counts up to here (when later than it), ahead of the next state. */
  readonly coveredUntil?: number;
}

export interface StateSegment {
  readonly from: number;
  readonly to: number;
  readonly state: AgentState;
  readonly teamId?: string;
}

/** A state held longer than this is a missing logout or a stuck ACD feed: only this much counts. */
export const MAX_SEGMENT_MS = 12 * 3_600_000;
/** How far back a late agent event can still be placed. */
export const AGENT_HORIZON_MS = 24 * 3_600_000;

/** The counter each state's seconds go to; offline time is not working time and is not counted. */
export const STATE_COUNTER: Readonly<Record<AgentState, CounterName | null>> = {
  available: 'availableSeconds',
  busy: 'busySeconds',
  wrap_up: 'wrapStateSeconds',
  aux: 'auxSeconds',
  offline: null,
};

export type AgentInsert =
  | {
      readonly kind: 'inserted';
      readonly timeline: AgentTimeline;
      readonly removed: readonly StateSegment[];
      readonly added: readonly StateSegment[];
    }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'too_late' };

/**
 * Places a state change in the agent's timeline and returns the segments it replaces and creates.
 * With `owned` (a timeline this batch already copied) the entries are changed in place: copying a
 * day of states for every state event was most of the evaluator's garbage.
 */
export function insertAgentState(timeline: AgentTimeline | undefined, entry: AgentStateEntry, owned = false): AgentInsert {
  const entries = timeline?.entries ?? [];
  const horizonStart = timeline?.horizonStart ?? Number.NEGATIVE_INFINITY;
  if (entry.at < horizonStart) {
    return { kind: 'too_late' };
  }
  const index = insertionIndex(entries, entry, sortsBefore);
  const existing = entries[index];
  if (existing !== undefined && existing.at === entry.at && existing.tie === entry.tie) {
    return { kind: 'duplicate' };
  }
  const previous = entries[index - 1];
  const next = entries[index];
  // Where the segment the entry falls into ended: the next state, else the provisional end.
  const cover = openEnd(timeline);
  const oldEnd = next?.at ?? cover;
  const newEnd = next?.at ?? (cover !== undefined && cover > entry.at ? cover : undefined);
  const removed: StateSegment[] = [];
  const added: StateSegment[] = [];
  if (previous !== undefined && oldEnd !== undefined) {
    removed.push(segment(previous, oldEnd));
  }
  if (previous !== undefined) {
    added.push(segment(previous, entry.at));
  }
  if (newEnd !== undefined) {
    added.push(segment(entry, newEnd));
  }
  const merged = owned ? (entries as AgentStateEntry[]) : [...entries];
  merged.splice(index, 0, entry);
  // A new latest state past the provisional end starts uncounted.
  const coveredUntil = next === undefined && newEnd === undefined ? undefined : timeline?.coveredUntil;
  return { kind: 'inserted', timeline: prune(merged, horizonStart, coveredUntil), removed, added };
}

/**
 * Counts the latest state provisionally up to `until` (at most MAX_SEGMENT_MS after it began):
 * the segments to take back and to add, or null when it is counted that far already.
 */
export function coverLatestState(
  timeline: AgentTimeline,
  until: number,
): { timeline: AgentTimeline; removed: readonly StateSegment[]; added: readonly StateSegment[] } | null {
  const last = timeline.entries[timeline.entries.length - 1];
  if (last === undefined) {
    return null;
  }
  const end = Math.min(until, last.at + MAX_SEGMENT_MS);
  const cover = openEnd(timeline);
  if (end <= (cover ?? last.at)) {
    return null;
  }
  return {
    timeline: { ...timeline, coveredUntil: end },
    removed: cover === undefined ? [] : [segment(last, cover)],
    added: [segment(last, end)],
  };
}

/** The provisional end of the latest state, when there is one past it. */
export function openEnd(timeline: AgentTimeline | undefined): number | undefined {
  const last = timeline?.entries[timeline.entries.length - 1];
  const covered = timeline?.coveredUntil;
  return last !== undefined && covered !== undefined && covered > last.at ? covered : undefined;
}

/** The part of a segment that counts (capped at MAX_SEGMENT_MS), or null when none does. */
export function countedSegment(s: StateSegment): StateSegment | null {
  const to = Math.min(s.to, s.from + MAX_SEGMENT_MS);
  return STATE_COUNTER[s.state] === null || to <= s.from ? null : { ...s, to };
}

function segment(start: AgentStateEntry, to: number): StateSegment {
  return { from: start.at, to, state: start.state, ...(start.teamId !== undefined && { teamId: start.teamId }) };
}

const sortsBefore = (a: AgentStateEntry, b: AgentStateEntry): boolean => a.at < b.at || (a.at === b.at && a.tie < b.tie);

// Entries older than the horizon are dropped, but the one that opens the first kept segment stays.
function prune(entries: AgentStateEntry[], horizonStart: number, coveredUntil: number | undefined): AgentTimeline {
  const newest = (entries[entries.length - 1] as AgentStateEntry).at;
  let first = 0;
  while (first < entries.length - 1 && (entries[first + 1] as AgentStateEntry).at < newest - AGENT_HORIZON_MS) {
    first += 1;
  }
  const cover = coveredUntil === undefined ? {} : { coveredUntil };
  if (first === 0) {
    return { entries, horizonStart, ...cover };
  }
  const kept = entries.slice(first);
  return { entries: kept, horizonStart: Math.max(horizonStart, (kept[0] as AgentStateEntry).at), ...cover };
}

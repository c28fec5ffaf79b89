// What the KPI formulas of a window read, per set of channels, built once and reused: processes
// share a handful of channel sets, and a window that is the union of parts (the older days of a
// 30-day window, which rarely change, and today, which changes with every chunk) is combined from
// the parts' merged members instead of re-merging every stored row.
import { ANY, emptyAggregate, mergeAggregateInto } from '../counters/aggregate';
import type { KpiInput } from '../kpis/kpi-definition';
import { benchmarkChannelOf, channelVolumes, inputOfMembers, type Members, membersOf, mergeMember, type ScopeRow } from './kpi-input';

/** A window's KPI inputs and benchmark channel by channel set (undefined = every channel). */
export interface WindowInputs {
  input(channels?: readonly string[]): KpiInput;
  /** The channel whose benchmarks apply (the rule of benchmarkChannel). */
  channel(channels?: readonly string[]): string | undefined;
}

/** The inputs of one window, from its rows (kept, not copied: they must not change afterwards). */
export function windowInputs(rows: readonly ScopeRow[]): WindowInputs {
  return new MemoisedInputs(
    (channels) => membersOf(rows, channels),
    (channels) => channelVolumes(rows, channels),
  );
}

/** The inputs of a window that is the union of `parts` (disjoint in time); the parts are not changed. */
export function combinedWindowInputs(parts: readonly WindowInputs[]): WindowInputs {
  const own = parts.map((p) => {
    if (!(p instanceof MemoisedInputs)) {
      throw new Error('combinedWindowInputs takes inputs made by windowInputs or combinedWindowInputs');
    }
    return p;
  });
  if (own.length === 1) {
    return own[0] as MemoisedInputs;
  }
  return new MemoisedInputs(
    (channels) => combineMembers(own.map((p) => p.members(channels))),
    (channels) => addVolumes(own.map((p) => p.volumes(channels))),
  );
}

const keyOf = (channels: readonly string[] | undefined): string => channels?.join(',') ?? ANY;

class MemoisedInputs implements WindowInputs {
  private readonly membersBySet = new Map<string, Members>();
  private readonly inputsBySet = new Map<string, KpiInput>();
  private readonly volumesBySet = new Map<string, Map<string, number>>();

  constructor(
    private readonly build: (channels: readonly string[] | undefined) => Members,
    private readonly count: (channels: readonly string[] | undefined) => Map<string, number>,
  ) {}

  members(channels: readonly string[] | undefined): Members {
    return memo(this.membersBySet, keyOf(channels), () => this.build(channels));
  }

  volumes(channels: readonly string[] | undefined): Map<string, number> {
    return memo(this.volumesBySet, keyOf(channels), () => this.count(channels));
  }

  input(channels?: readonly string[]): KpiInput {
    return memo(this.inputsBySet, keyOf(channels), () => inputOfMembers(this.members(channels)));
  }

  channel(channels?: readonly string[]): string | undefined {
    return benchmarkChannelOf(this.volumes(channels), channels);
  }
}

function memo<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

// New aggregates throughout: the parts are memoised and may be shared by other windows.
function combineMembers(parts: readonly Members[]): Members {
  const combined: Members = { total: emptyAggregate(), agents: new Map(), teams: new Map() };
  for (const part of parts) {
    mergeAggregateInto(combined.total, part.total);
    part.agents.forEach((aggregate, id) => mergeMember(combined.agents, id, aggregate));
    part.teams.forEach((aggregate, id) => mergeMember(combined.teams, id, aggregate));
  }
  return combined;
}

function addVolumes(parts: readonly Map<string, number>[]): Map<string, number> {
  const total = new Map<string, number>();
  parts.forEach((part) => part.forEach((v, channel) => total.set(channel, (total.get(channel) ?? 0) + v)));
  return total;
}

// From stored aggregate rows of a window to what the KPI formulas read: the merged total, and the
// merged counters of each agent and team (for the consistency spreads).
import { ANY, emptyAggregate, mergeAggregateInto, type Aggregate, type Dimension } from '../counters/aggregate';
import type { KpiCounters } from '../counters/kpi-counters';
import type { KpiInput } from '../kpis/kpi-definition';

export interface ScopeRow {
  readonly queueId: string;
  readonly channel: string;
  readonly dimension: Dimension;
  readonly dimensionValue: string;
  readonly aggregate: Aggregate;
}

/** Merges the rows whose channel passes `channels` (all rows when undefined). */
export function kpiInputOf(rows: readonly ScopeRow[], channels?: readonly string[]): KpiInput {
  return inputOfMembers(membersOf(rows, channels));
}

/** A window's merged total and the merged counters of each agent and team, by id. */
export interface Members {
  readonly total: Aggregate;
  readonly agents: Map<string, Aggregate>;
  readonly teams: Map<string, Aggregate>;
}

/** The members of the rows whose channel passes `channels`; the rows are not changed. */
export function membersOf(rows: readonly ScopeRow[], channels?: readonly string[]): Members {
  const members: Members = { total: emptyAggregate(), agents: new Map(), teams: new Map() };
  for (const row of rows) {
    if (channels !== undefined && !channels.includes(row.channel)) {
      continue;
    }
    if (row.dimension === 'all') {
      mergeAggregateInto(members.total, row.aggregate);
    } else if (row.dimension === 'agent') {
      mergeMember(members.agents, row.dimensionValue, row.aggregate);
    } else if (row.dimension === 'team') {
      mergeMember(members.teams, row.dimensionValue, row.aggregate);
    }
  }
  return members;
}

/** What the KPI formulas read: members in id order, so spreads do not depend on arrival order. */
export function inputOfMembers(members: Members): KpiInput {
  return { total: members.total, agents: sortedCounters(members.agents), teams: sortedCounters(members.teams) };
}

/** Adds `aggregate` into member `id` (a new aggregate when the member is new: the source is never shared). */
export function mergeMember(members: Map<string, Aggregate>, id: string, aggregate: Aggregate): void {
  let member = members.get(id);
  if (member === undefined) {
    member = emptyAggregate();
    members.set(id, member);
  }
  mergeAggregateInto(member, aggregate);
}

/** A row that can vote on the dominant channel: dimension `all` when absent (series rows). */
export interface ChannelRow {
  readonly channel: string;
  readonly dimension?: Dimension;
  readonly aggregate: Aggregate;
}

/** Contacts per channel among the `all` rows whose channel passes `channels`: the vote of the benchmark channel. */
export function channelVolumes(rows: readonly ChannelRow[], channels?: readonly string[]): Map<string, number> {
  const volume = new Map<string, number>();
  for (const row of rows) {
    if ((row.dimension ?? 'all') === 'all' && row.channel !== ANY && (channels === undefined || channels.includes(row.channel))) {
      const c = row.aggregate.counters;
      volume.set(row.channel, (volume.get(row.channel) ?? 0) + c.firstOffers + c.handled);
    }
  }
  return volume;
}

/** The channel with the most contacts in `rows`, used to pick channel-specific benchmarks. */
export function dominantChannel(rows: readonly ChannelRow[]): string | undefined {
  return mostContacts(channelVolumes(rows));
}

/**
 * The one rule for whose benchmarks apply to KPIs computed over `rows` (restricted to `channels`):
 * the channel with most contacts among them, else the only channel allowed. The API, the scorecard
 * and the published series all use it, so a value is rated the same wherever it is shown.
 */
export function benchmarkChannel(rows: readonly ChannelRow[], channels?: readonly string[]): string | undefined {
  return benchmarkChannelOf(channelVolumes(rows, channels), channels);
}

/** benchmarkChannel from the volumes already counted. */
export function benchmarkChannelOf(volumes: ReadonlyMap<string, number>, channels?: readonly string[]): string | undefined {
  return mostContacts(volumes) ?? (channels?.length === 1 ? channels[0] : undefined);
}

function mostContacts(volumes: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestVolume = 0;
  for (const [channel, v] of volumes) {
    if (v > bestVolume) {
      best = channel;
      bestVolume = v;
    }
  }
  return best;
}

function sortedCounters(members: ReadonlyMap<string, Aggregate>): KpiCounters[] {
  return [...members.keys()].sort().map((id) => (members.get(id) as Aggregate).counters);
}

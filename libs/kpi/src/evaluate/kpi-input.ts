// From stored aggregate rows of a window to what the KPI formulas read: the merged total, and the
// merged counters of each agent and team (for the consistency spreads).
import { ANY, mergeAggregateInto, emptyAggregate, type Aggregate, type Dimension } from '../counters/aggregate';
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
  const total = emptyAggregate();
  const agents = new Map<string, Aggregate>();
  const teams = new Map<string, Aggregate>();
  for (const row of rows) {
    if (channels !== undefined && !channels.includes(row.channel)) {
      continue;
    }
    if (row.dimension === 'all') {
      mergeAggregateInto(total, row.aggregate);
    } else if (row.dimension === 'agent') {
      mergeMember(agents, row.dimensionValue, row.aggregate);
    } else if (row.dimension === 'team') {
      mergeMember(teams, row.dimensionValue, row.aggregate);
    }
  }
  return { total, agents: countersOf(agents), teams: countersOf(teams) };
}

/** A row that can vote on the dominant channel: dimension `all` when absent (series rows). */
export interface ChannelRow {
  readonly channel: string;
  readonly dimension?: Dimension;
  readonly aggregate: Aggregate;
}

/** The channel with the most contacts in `rows`, used to pick channel-specific benchmarks. */
export function dominantChannel(rows: readonly ChannelRow[]): string | undefined {
  const volume = new Map<string, number>();
  for (const row of rows) {
    if ((row.dimension ?? 'all') === 'all' && row.channel !== ANY) {
      const c = row.aggregate.counters;
      volume.set(row.channel, (volume.get(row.channel) ?? 0) + c.firstOffers + c.handled);
    }
  }
  let best: string | undefined;
  let bestVolume = 0;
  for (const [channel, v] of volume) {
    if (v > bestVolume) {
      best = channel;
      bestVolume = v;
    }
  }
  return best;
}

/**
 * The one rule for whose benchmarks apply to KPIs computed over `rows` (restricted to `channels`):
 * the channel with most contacts among them, else the only channel allowed. The API, the scorecard
 * and the published series all use it, so a value is rated the same wherever it is shown.
 */
export function benchmarkChannel(rows: readonly ChannelRow[], channels?: readonly string[]): string | undefined {
  const inScope = channels === undefined ? rows : rows.filter((r) => channels.includes(r.channel));
  return dominantChannel(inScope) ?? (channels?.length === 1 ? channels[0] : undefined);
}

function mergeMember(members: Map<string, Aggregate>, id: string, aggregate: Aggregate): void {
  let member = members.get(id);
  if (member === undefined) {
    member = emptyAggregate();
    members.set(id, member);
  }
  mergeAggregateInto(member, aggregate);
}

function countersOf(members: Map<string, Aggregate>): KpiCounters[] {
  return [...members.keys()].sort().map((id) => (members.get(id) as Aggregate).counters);
}

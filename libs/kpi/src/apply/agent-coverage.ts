// How far agents' latest states are counted ahead of their next state (agent-timeline.ts
// coveredUntil): per tenant, every agent with a timeline in this state, up to the start of the
// interval the tenant's newest event falls in, the interval the alerter reviews next. Without it an
// agent who went to aux at 09:00 and is still there would be missing from 09:00–09:15 (and from
// adherence, occupancy and shrinkage) until the aux ends. The end depends only on the newest event
// time, never on the wall clock or on batch boundaries, so a replay covers exactly as far.
import type { VahtiEvent } from '@vahti/contracts';
import { intervalStart } from '../time/period';
import { agentKey, workforceKey } from './fact-keys';

/** The agents of one tenant whose latest states are covered, and how far. */
export interface AgentRoster {
  /** Agent ids with a state timeline here. */
  readonly agents: readonly string[];
  /** Every listed agent's latest state is counted up to here (an interval start; 0 before any). */
  readonly coveredTo: number;
}

export const EMPTY_ROSTER: AgentRoster = { agents: [], coveredTo: 0 };

/** What a batch brings for coverage, per tenant: its newest event time and the agents it has states of. */
export interface TenantActivity {
  newest: number;
  readonly stated: Set<string>;
}

/** Notes one event in `activity` (by tenant). */
export function noteActivity(activity: Map<string, TenantActivity>, event: VahtiEvent, at: number): void {
  let tenant = activity.get(event.tenantid);
  if (tenant === undefined) {
    tenant = { newest: at, stated: new Set() };
    activity.set(event.tenantid, tenant);
  }
  tenant.newest = Math.max(tenant.newest, at);
  if (event.type === 'io.vahti.agent.state_changed.v1') {
    tenant.stated.add(event.data.agentId);
  }
}

/** The activity of a batch. */
export function activityOf(events: readonly VahtiEvent[]): Map<string, TenantActivity> {
  const activity = new Map<string, TenantActivity>();
  for (const event of events) {
    noteActivity(activity, event, Date.parse(event.time));
  }
  return activity;
}

/** The roster after a batch and the agents whose latest states to cover to its `coveredTo`. */
export function coveragePlan(roster: AgentRoster, activity: TenantActivity): { roster: AgentRoster; cover: readonly string[] } {
  const coveredTo = Math.max(roster.coveredTo, intervalStart(activity.newest));
  const known = new Set(roster.agents);
  const added = [...activity.stated].filter((a) => !known.has(a));
  const agents = added.length === 0 ? roster.agents : [...roster.agents, ...added];
  // When the end moves every agent is covered; otherwise only those whose states just changed
  // (a new agent, or a new latest state that began before the end).
  const cover = coveredTo > roster.coveredTo ? agents : [...activity.stated];
  return { roster: coveredTo === roster.coveredTo && added.length === 0 ? roster : { agents, coveredTo }, cover };
}

/** The agent and workforce fact keys that covering will read beyond factKeysOf(events). */
export function coverageKeysOf(
  activity: ReadonlyMap<string, TenantActivity>,
  rosterOf: (tenantId: string) => AgentRoster | undefined,
): { agents: Set<string>; workforce: Set<string> } {
  const keys = { agents: new Set<string>(), workforce: new Set<string>() };
  for (const [tenantId, tenant] of activity) {
    const { cover } = coveragePlan(rosterOf(tenantId) ?? EMPTY_ROSTER, tenant);
    for (const agentId of cover) {
      keys.agents.add(agentKey(tenantId, agentId));
      keys.workforce.add(workforceKey(tenantId, agentId));
    }
  }
  return keys;
}

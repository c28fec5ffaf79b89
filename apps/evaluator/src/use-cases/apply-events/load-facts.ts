// Loads the facts a batch needs: customers and agents' workforce facts always from PostgreSQL under
// an advisory lock (contacts arrive on any partition; schedules on the team's, states on the agent's),
// the partition-owned facts from the cache or PostgreSQL. Agent rosters (which agents' latest states
// this partition covers, @vahti/kpi agent-coverage.ts) come first: when a tenant's covered interval
// moves, every listed agent's timeline and workforce fact is read too.
import { createHash } from 'node:crypto';
import type { VahtiEvent } from '@vahti/contracts';
import {
  activityOf,
  type AgentRoster,
  type AgentTimeline,
  coverageKeysOf,
  type CustomerTimeline,
  factKeysOf,
  type FactsView,
  type ForecastSlot,
  type QaRecord,
  type WorkforceFact,
} from '@vahti/kpi';
import type { EvaluatorStateTransaction } from '@vahti/persistence';
import { FACT_CODECS } from '../../state/fact-codec';
import type { PartitionState } from '../../state/partition-state';

/** The loaded facts of one batch. */
export interface LoadedFacts extends FactsView {
  readonly loaded: {
    customers: Map<string, CustomerTimeline>;
    agents: Map<string, AgentTimeline>;
    evaluations: Map<string, QaRecord>;
    forecasts: Map<string, ForecastSlot>;
    workforce: Map<string, WorkforceFact>;
    rosters: Map<string, AgentRoster>;
  };
}

/** A signed 64-bit lock id for a fact key (first 8 bytes of its SHA-1). */
export function lockIdOf(key: string): bigint {
  return createHash('sha1').update(key).digest().readBigInt64BE(0);
}

/** The stored key of a tenant's roster on one partition (each partition covers the agents keyed onto it). */
export function rosterFactKey(partition: number, tenantId: string): string {
  return `${partition}/${tenantId}`;
}

/** Locks and loads customers and workforce facts; serves the rest from the cache, loading what is missing. */
export async function loadFacts(
  tx: EvaluatorStateTransaction,
  events: readonly VahtiEvent[],
  partition: number,
  cache: PartitionState,
): Promise<LoadedFacts> {
  const activity = activityOf(events);
  const rosters = await loadRosters(tx, [...activity.keys()], partition, cache);
  const keys = factKeysOf(events);
  const covering = coverageKeysOf(activity, (tenantId) => rosters.get(tenantId));
  covering.agents.forEach((k) => keys.agents.add(k));
  covering.workforce.forEach((k) => keys.workforce.add(k));
  await tx.lock([...keys.customers, ...keys.workforce].map(lockIdOf));
  const customers = decodeAll(await tx.loadFacts('customer', [...keys.customers]), FACT_CODECS.customer.decode);
  const workforce = decodeAll(await tx.loadFacts('workforce', [...keys.workforce]), FACT_CODECS.workforce.decode);
  const agents = await cached(tx, 'agent', keys.agents, cache.agents, FACT_CODECS.agent.decode);
  const evaluations = await cached(tx, 'evaluation', keys.evaluations, cache.evaluations, FACT_CODECS.evaluation.decode);
  const forecasts = await cached(tx, 'forecast', keys.forecasts, cache.forecasts, FACT_CODECS.forecast.decode);
  return {
    loaded: { customers, agents, evaluations, forecasts, workforce, rosters },
    customer: (k) => customers.get(k),
    agent: (k) => agents.get(k),
    evaluation: (k) => evaluations.get(k),
    forecast: (k) => forecasts.get(k),
    workforce: (k) => workforce.get(k),
    roster: (tenantId) => rosters.get(tenantId),
  };
}

// Rosters by tenant id, from the cache or PostgreSQL (stored per partition).
async function loadRosters(
  tx: EvaluatorStateTransaction,
  tenants: readonly string[],
  partition: number,
  cache: PartitionState,
): Promise<Map<string, AgentRoster>> {
  const found = new Map<string, AgentRoster>();
  const missing = tenants.filter((t) => {
    const hit = cache.rosters.get(t);
    if (hit !== undefined) {
      found.set(t, hit);
    }
    return hit === undefined;
  });
  const stored = await tx.loadFacts(
    'roster',
    missing.map((t) => rosterFactKey(partition, t)),
  );
  for (const tenantId of missing) {
    const json = stored.get(rosterFactKey(partition, tenantId));
    if (json !== undefined) {
      found.set(tenantId, FACT_CODECS.roster.decode(json));
    }
  }
  return found;
}

async function cached<T>(
  tx: EvaluatorStateTransaction,
  kind: string,
  keys: ReadonlySet<string>,
  cache: ReadonlyMap<string, T>,
  decode: (json: unknown) => T,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  const missing: string[] = [];
  for (const key of keys) {
    const hit = cache.get(key);
    if (hit === undefined) {
      missing.push(key);
    } else {
      found.set(key, hit);
    }
  }
  for (const [key, value] of decodeAll(await tx.loadFacts(kind, missing), decode)) {
    found.set(key, value);
  }
  return found;
}

function decodeAll<T>(raw: ReadonlyMap<string, unknown>, decode: (json: unknown) => T): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, json] of raw) {
    out.set(key, decode(json));
  }
  return out;
}

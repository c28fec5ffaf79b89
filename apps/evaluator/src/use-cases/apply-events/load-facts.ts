// Loads the facts a batch needs: customers and agents' workforce facts always from PostgreSQL under
// an advisory lock (contacts arrive on any partition; schedules on the team's, states on the agent's),
// the partition-owned facts from the cache or PostgreSQL.
import { createHash } from 'node:crypto';
import type { AgentTimeline, CustomerTimeline, FactKeys, FactsView, ForecastSlot, QaRecord, WorkforceFact } from '@vahti/kpi';
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
  };
}

/** A signed 64-bit lock id for a fact key (first 8 bytes of its SHA-1). */
export function lockIdOf(key: string): bigint {
  return createHash('sha1').update(key).digest().readBigInt64BE(0);
}

/** Locks and loads customers and workforce facts; serves the rest from the cache, loading what is missing. */
export async function loadFacts(tx: EvaluatorStateTransaction, keys: FactKeys, cache: PartitionState): Promise<LoadedFacts> {
  await tx.lock([...keys.customers, ...keys.workforce].map(lockIdOf));
  const customers = decodeAll(await tx.loadFacts('customer', [...keys.customers]), FACT_CODECS.customer.decode);
  const workforce = decodeAll(await tx.loadFacts('workforce', [...keys.workforce]), FACT_CODECS.workforce.decode);
  const agents = await cached(tx, 'agent', keys.agents, cache.agents, FACT_CODECS.agent.decode);
  const evaluations = await cached(tx, 'evaluation', keys.evaluations, cache.evaluations, FACT_CODECS.evaluation.decode);
  const forecasts = await cached(tx, 'forecast', keys.forecasts, cache.forecasts, FACT_CODECS.forecast.decode);
  return {
    loaded: { customers, agents, evaluations, forecasts, workforce },
    customer: (k) => customers.get(k),
    agent: (k) => agents.get(k),
    evaluation: (k) => evaluations.get(k),
    forecast: (k) => forecasts.get(k),
    workforce: (k) => workforce.get(k),
  };
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

// The fault both alerter pipeline tests inject: fabrikam of the shipped multi-tenant scenario, one
// Monday with voice volume ×3 from 10:00 to 12:00 on its voice queue, after a week of history.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { partitionKey, type VahtiEvent } from '@vahti/contracts';
import type { RawMessage } from '@vahti/testing';
import {
  faultStartSeconds,
  simulateContactCenter,
  simulationEpochMs,
  validateScenarioSet,
  withHistory,
  type Scenario,
} from '@vahti/simulation';

export const SURGE_TENANT = 'fabrikam';
export const SURGE_QUEUE = 'voice-se';

/** The scenario (one history week, then the surge day). */
export function surgeScenario(): Scenario {
  const file = resolve(__dirname, '../../../libs/simulation/scenarios/baseline-multi-tenant.yaml');
  const set = validateScenarioSet(parseYaml(readFileSync(file, 'utf8')), file);
  const base = set.tenants.find((t) => t.tenant === SURGE_TENANT);
  if (base === undefined) {
    throw new Error(`${SURGE_TENANT} not in ${file}`);
  }
  const fault = {
    id: 'voice-surge',
    kind: 'volume_surge',
    start: 'day 1 10:00',
    durationMinutes: 120,
    segment: { queueId: SURGE_QUEUE },
    change: { parameter: 'volume', multiply: 3 },
  } as const;
  return withHistory({ ...base, days: 1, faults: [fault] }, 1);
}

/** Epoch ms of the surge's start. */
export function surgeStartMs(scenario: Scenario): number {
  return simulationEpochMs(scenario) + faultStartSeconds(scenario.faults?.[0]?.start ?? '', scenario) * 1000;
}

/** The surge scenario simulated: its events in time order, the surge's start, and events as Kafka messages. */
export function surgeRun(): { events: readonly VahtiEvent[]; faultStart: number; toMessage: (e: VahtiEvent) => RawMessage } {
  const scenario = surgeScenario();
  return {
    events: simulateContactCenter(scenario).events,
    faultStart: surgeStartMs(scenario),
    toMessage: (e) => ({ key: partitionKey(e), value: JSON.stringify(e) }),
  };
}

// A simulated contact centre as Kafka messages, for tests and benchmarks that need realistic days.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { partitionKey, type VahtiEvent } from '@vahti/contracts';
import { simulateContactCenter, validateScenario, type Scenario } from '@vahti/simulation';
import { parse as parseYaml } from 'yaml';
import type { RawMessage } from '../kafka/test-kafka';

const SCENARIOS = resolve(__dirname, '../../../simulation/scenarios');

/** A shipped scenario by file name (e.g. `baseline-midsize.yaml`), with overrides. */
export function loadScenario(name: string, overrides: Partial<Pick<Scenario, 'days' | 'seed' | 'tenant'>> = {}): Scenario {
  const file = resolve(SCENARIOS, name);
  const scenario = validateScenario(parseYaml(readFileSync(file, 'utf8')), file);
  return { ...scenario, ...overrides };
}

/** The events of a scenario, in time order. */
export function simulatedEvents(scenario: Scenario): readonly VahtiEvent[] {
  return simulateContactCenter(scenario).events;
}

/** Events as messages keyed the way producers key them. */
export function toMessages(events: readonly VahtiEvent[]): RawMessage[] {
  return events.map((event) => ({ key: partitionKey(event), value: JSON.stringify(event) }));
}

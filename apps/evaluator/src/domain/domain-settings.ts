import { readFileSync } from 'node:fs';
import { ConfigError, type EvaluatorConfig } from '@vahti/config';
import {
  type BenchmarkPack,
  type EvaluationSettings,
  KPI_DEFINITIONS,
  type TenantSettingsFile,
  type YardstickLookup,
  createYardsticks,
  evaluationSettingsOf,
  parseBenchmarkPack,
  parseTenantSettings,
} from '@vahti/kpi';
import { parseApiKeys, type ApiKeyTable } from '../api/api-keys';

/** The domain data the evaluator runs with: yardsticks, tenant thresholds, API keys. */
export interface DomainSettings {
  readonly pack: BenchmarkPack;
  readonly tenants: TenantSettingsFile;
  readonly evaluation: EvaluationSettings;
  readonly yardsticks: YardstickLookup;
  readonly apiKeys: ApiKeyTable;
}

/** Reads and validates the files named by the configuration; a bad file stops start-up naming its setting. */
export function loadDomainSettings(config: EvaluatorConfig): DomainSettings {
  const known = new Set(KPI_DEFINITIONS.map((k) => k.id));
  const pack = fromFile('EVALUATOR_BENCHMARK_PACK', config.EVALUATOR_BENCHMARK_PACK, (text) => parseBenchmarkPack(text, known));
  const tenants =
    config.EVALUATOR_TENANT_SETTINGS === undefined
      ? { tenants: {} }
      : fromFile('EVALUATOR_TENANT_SETTINGS', config.EVALUATOR_TENANT_SETTINGS, (text) => parseTenantSettings(text, known));
  const apiKeys =
    config.EVALUATOR_API_KEYS_FILE === undefined
      ? parseApiKeys('')
      : fromFile('EVALUATOR_API_KEYS_FILE', config.EVALUATOR_API_KEYS_FILE, parseApiKeys);
  return { pack, tenants, evaluation: evaluationSettingsOf(tenants), yardsticks: createYardsticks(pack, tenants), apiKeys };
}

function fromFile<T>(setting: string, path: string, parse: (text: string) => T): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`${setting}: cannot read ${path}: ${(error as Error).message}`]);
  }
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError([`${setting}: ${path}: ${(error as Error).message}`]);
  }
}

import { type ApiKeyTable, type EvaluatorConfig, loadSettingFile, parseApiKeys } from '@vahti/config';
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
  const pack = loadSettingFile('EVALUATOR_BENCHMARK_PACK', config.EVALUATOR_BENCHMARK_PACK, (text) => parseBenchmarkPack(text, known));
  const tenants =
    config.EVALUATOR_TENANT_SETTINGS === undefined
      ? { tenants: {} }
      : loadSettingFile('EVALUATOR_TENANT_SETTINGS', config.EVALUATOR_TENANT_SETTINGS, (text) => parseTenantSettings(text, known));
  const apiKeys =
    config.EVALUATOR_API_KEYS_FILE === undefined
      ? parseApiKeys('')
      : loadSettingFile('EVALUATOR_API_KEYS_FILE', config.EVALUATOR_API_KEYS_FILE, parseApiKeys);
  return { pack, tenants, evaluation: evaluationSettingsOf(tenants), yardsticks: createYardsticks(pack, tenants), apiKeys };
}

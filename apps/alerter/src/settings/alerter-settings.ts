// Start-up loading of the files the alerter's settings name. The routing file is validated by
// @vahti/alerting (every problem with its path, areas checked against the 8×4 process model), then
// checked against the environment: an e-mail receiver needs an SMTP relay and a From address. Any
// problem stops start-up with a ConfigError naming the setting, as for the evaluator's files.
import { ALERTING_CONFIG_FORMAT, AlertingConfigError, formatProblem, parseAlertingConfig, type AlertingConfig } from '@vahti/alerting';
import { type AlerterConfig, ConfigError, loadSettingFile, parseApiKeys } from '@vahti/config';
import {
  KPI_DEFINITIONS,
  PROCESS_MODEL,
  createYardsticks,
  evaluationSettingsOf,
  parseBenchmarkPack,
  parseTenantSettings,
} from '@vahti/kpi';
import type { AlerterRuntimeConfig } from '../alerter-config';

/** No routing file: alerts are recorded and served, nobody is notified. */
export const EMPTY_ROUTING: AlertingConfig = { format: ALERTING_CONFIG_FORMAT, tenants: {} };

const KNOWN_AREAS: ReadonlySet<string> = new Set(PROCESS_MODEL.map((area) => area.id));

/** Parses a routing file as the alerter does; the lib's problems become one ConfigError line each. */
export function parseRoutingFile(text: string): AlertingConfig {
  try {
    return parseAlertingConfig(text, { knownAreas: KNOWN_AREAS });
  } catch (error) {
    if (error instanceof AlertingConfigError) {
      throw new ConfigError(error.problems.map(formatProblem));
    }
    throw error;
  }
}

/** The environment plus its files, validated; a bad file or a missing dependency stops start-up. */
export function loadAlerterSettings(env: AlerterConfig): AlerterRuntimeConfig {
  const routing =
    env.ALERTER_ROUTING_FILE === undefined
      ? EMPTY_ROUTING
      : loadSettingFile('ALERTER_ROUTING_FILE', env.ALERTER_ROUTING_FILE, parseRoutingFile);
  const apiKeys =
    env.ALERTER_API_KEYS_FILE === undefined
      ? parseApiKeys('')
      : loadSettingFile('ALERTER_API_KEYS_FILE', env.ALERTER_API_KEYS_FILE, parseApiKeys);
  const problems = smtpProblems(env, routing);
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  const known = new Set(KPI_DEFINITIONS.map((k) => k.id));
  const pack = loadSettingFile('ALERTER_BENCHMARK_PACK', env.ALERTER_BENCHMARK_PACK, (text) => parseBenchmarkPack(text, known));
  const tenants =
    env.ALERTER_TENANT_SETTINGS === undefined
      ? { tenants: {} }
      : loadSettingFile('ALERTER_TENANT_SETTINGS', env.ALERTER_TENANT_SETTINGS, (text) => parseTenantSettings(text, known));
  return { ...env, routing, apiKeys, yardsticks: createYardsticks(pack, tenants), evaluation: evaluationSettingsOf(tenants) };
}

/** What e-mail receivers need from the environment and do not get. */
function smtpProblems(env: AlerterConfig, routing: AlertingConfig): string[] {
  const problems: string[] = [];
  if ((env.ALERTER_SMTP_USER === undefined) !== (env.ALERTER_SMTP_PASSWORD === undefined)) {
    problems.push('ALERTER_SMTP_USER and ALERTER_SMTP_PASSWORD are set together or not at all');
  }
  for (const [tenantId, tenant] of Object.entries(routing.tenants)) {
    tenant.receivers.forEach((receiver, index) => {
      if (receiver.kind !== 'email') {
        return;
      }
      const where = `ALERTER_ROUTING_FILE tenants/${tenantId}/receivers/${index} ("${receiver.name}") is an e-mail receiver`;
      if (env.ALERTER_SMTP_HOST === undefined) {
        problems.push(`ALERTER_SMTP_HOST is required: ${where}`);
      }
      if (receiver.from === undefined && env.ALERTER_SMTP_FROM === undefined) {
        problems.push(`ALERTER_SMTP_FROM is required: ${where} without a from address`);
      }
    });
  }
  return problems;
}

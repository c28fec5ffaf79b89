// The domain files shipped for operators must load exactly as the evaluator loads them at start-up.
import { readFileSync } from 'node:fs';
import { EvaluatorEnv, loadConfig } from '@vahti/config';
import { KPI_DEFINITIONS, parseTenantSettings, evaluationSettingsOf } from '@vahti/kpi';
import { loadDomainSettings } from './domain-settings';

const EXAMPLE = 'deploy/evaluator/tenant-settings.example.yaml';

describe('domain settings: the shipped files', () => {
  it('the example tenant settings are valid and say what their comments say', () => {
    const file = parseTenantSettings(readFileSync(EXAMPLE, 'utf8'), new Set(KPI_DEFINITIONS.map((k) => k.id)));
    const settings = evaluationSettingsOf(file);
    expect(settings.queue('northwind', 'voice-tier2', 'voice')).toMatchObject({
      serviceLevelSeconds: 10,
      shortAbandonSeconds: 5,
      serviceLevelTarget: 0.9,
    });
    expect(settings.queue('northwind', 'voice-billing', 'voice')).toMatchObject({ serviceLevelSeconds: 20, serviceLevelTarget: 0.8 });
    expect(settings.queue('northwind', 'email-general', 'email')).toMatchObject({ serviceLevelSeconds: 28800, repeatWindowHours: 72 });
  });

  it('the evaluator starts with the default pack and the example file', () => {
    const config = loadConfig(EvaluatorEnv, { PSEUDONYMISATION_KEY: 'sixteen-chars-key', EVALUATOR_TENANT_SETTINGS: EXAMPLE });
    const domain = loadDomainSettings(config);
    expect(domain.yardsticks('northwind', 'csat', 'voice').target).toBe(0.85);
  });

  it('a bad tenant file stops start-up naming the setting and the path of the problem', () => {
    const config = loadConfig(EvaluatorEnv, { PSEUDONYMISATION_KEY: 'sixteen-chars-key', EVALUATOR_TENANT_SETTINGS: 'package.json' });
    expect(() => loadDomainSettings(config)).toThrow(/EVALUATOR_TENANT_SETTINGS: package\.json: /);
  });
});

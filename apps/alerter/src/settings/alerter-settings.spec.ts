// The shipped example routing file must load exactly as the alerter loads it at start-up, and route
// the way its comments say; bad files and missing SMTP settings must stop start-up naming the setting.
import { matchRoutes, type AlertLabels } from '@vahti/alerting';
import { AlerterEnv, ConfigError, loadConfig } from '@vahti/config';
import { loadAlerterSettings, parseRoutingFile } from './alerter-settings';

const EXAMPLE = 'deploy/alerter/alerting.example.yaml';

function problemsOf(attempt: () => unknown): readonly string[] {
  try {
    attempt();
  } catch (error) {
    if (error instanceof ConfigError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const labels = (severity: string, area: string): AlertLabels => ({
  alertname: 'KpiBreach',
  kpi: 'service_level',
  area,
  process: `${area}1`,
  queue: 'voice-billing',
  channel: 'voice',
  detector: 'target_breach',
  severity,
});

describe('alerter settings', () => {
  it('loads the example routing file as the alerter does, and routes as its comments say', () => {
    const env = loadConfig(AlerterEnv, { ALERTER_ROUTING_FILE: EXAMPLE, ALERTER_SMTP_HOST: 'smtp.example.com' });
    const config = loadAlerterSettings(env);
    const tenant = config.routing.tenants.northwind;
    expect(tenant?.receivers.map((r) => r.kind)).toEqual(['webhook', 'slack', 'teams', 'email', 'alertmanager']);
    const receiversOf = (l: AlertLabels): string[] => matchRoutes(tenant?.routes ?? [], l).flatMap((m) => m.route.receivers);
    // critical in area B: "page" (continue) and then "staffing".
    expect(receiversOf(labels('critical', 'B'))).toEqual(['duty-slack', 'alertmanager', 'managers-mail', 'cc-teams']);
    // warning in area E: "staffing" only (first match wins).
    expect(receiversOf(labels('warning', 'E'))).toEqual(['managers-mail', 'cc-teams']);
    // warning in area A: the catch-all webhook.
    expect(receiversOf(labels('warning', 'A'))).toEqual(['ops-hook']);
    expect(config.apiKeys.size).toBe(0);
  });

  it('starts bare without a routing file: nobody is notified', () => {
    const config = loadAlerterSettings(loadConfig(AlerterEnv, {}));
    expect(config.routing.tenants).toEqual({});
    expect(config.ALERTER_SIGNALS_API).toBe(false);
    expect(config.ALERTER_KPI_TOPIC).toBe('vahti.kpi');
  });

  it('stops start-up when an e-mail receiver has no SMTP relay, naming the setting and the receiver', () => {
    const problems = problemsOf(() => loadAlerterSettings(loadConfig(AlerterEnv, { ALERTER_ROUTING_FILE: EXAMPLE })));
    expect(problems).toEqual([
      'ALERTER_SMTP_HOST is required: ALERTER_ROUTING_FILE tenants/northwind/receivers/3 ("managers-mail") is an e-mail receiver',
    ]);
  });

  it('stops start-up on a file that is not a routing configuration, naming the setting and the path', () => {
    const problems = problemsOf(() => loadAlerterSettings(loadConfig(AlerterEnv, { ALERTER_ROUTING_FILE: 'package.json' })));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('ALERTER_ROUTING_FILE: package.json: '))).toBe(true);
    expect(problems).toContain('ALERTER_ROUTING_FILE: package.json: format: is required');
  });

  it('reports every problem of a routing file with its path, areas checked against the process model', () => {
    const text = [
      'format: vahti.alerting/v1',
      'tenants:',
      '  acme:',
      '    receivers: [{ name: hook, kind: webhook, url: "https://h.example/x", secret: "sixteen-chars-secret" }]',
      '    routes: [{ area: [Z], receivers: [hook, ops-mail] }]',
    ].join('\n');
    expect(problemsOf(() => parseRoutingFile(text))).toEqual([
      'tenants/acme/routes/0/receivers/1: names unknown receiver "ops-mail"',
      'tenants/acme/routes/0/area/0: unknown area "Z" (known: A, B, C, D, E, F, G, H)',
    ]);
  });

  it('names a bad delivery setting', () => {
    expect(problemsOf(() => loadConfig(AlerterEnv, { ALERTER_DELIVERY_CONCURRENCY: '0', ALERTER_SMTP_FROM: 'nobody' }))).toEqual([
      'ALERTER_DELIVERY_CONCURRENCY="0" must be >= 1',
      'ALERTER_SMTP_FROM="nobody" must match pattern "^[^@\\s<>",]+@[^@\\s<>",]+$"',
    ]);
  });

  it('names a missing file', () => {
    expect(problemsOf(() => loadAlerterSettings(loadConfig(AlerterEnv, { ALERTER_API_KEYS_FILE: 'no/such/file' })))[0]).toMatch(
      /^ALERTER_API_KEYS_FILE: cannot read no\/such\/file: ENOENT/,
    );
  });
});

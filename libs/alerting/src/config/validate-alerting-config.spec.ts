import { tenantConfig } from '../testing/alert-fixtures';
import { AlertingConfigError, formatProblem } from './alerting-config-error';
import { alertingConfigProblems, parseAlertingConfig, validateAlertingConfig } from './validate-alerting-config';

const document = (tenant: unknown = tenantConfig()): Record<string, unknown> => ({
  format: 'vahti.alerting/v1',
  tenants: { acme: tenant },
});
const problemsOf = (doc: unknown, knownAreas?: ReadonlySet<string>): string[] =>
  alertingConfigProblems(doc, knownAreas === undefined ? {} : { knownAreas }).map(formatProblem);

describe('validateAlertingConfig', () => {
  it('returns a valid configuration unchanged', () => {
    expect(validateAlertingConfig(document())).toEqual(document());
  });

  it('reports every problem at once, each with its path', () => {
    const doc = document({
      receivers: [
        { name: 'ops-slack', kind: 'slack', webhookUrl: 'ftp://hooks.slack.com/x' },
        { name: 'ops-fax', kind: 'fax', number: '123' },
        { name: 'ops-hook', kind: 'webhook', url: 'https://hooks.example.com', secret: 'short' },
        { name: 'ops-slack', kind: 'email', to: [] },
      ],
      routes: [
        {
          severity: ['major'],
          area: ['B'],
          receivers: ['ops-slack', 'ops-mail'],
          groupWait: '5 min',
          matchers: [{ name: 'queue', type: '=~', value: '(billing' }],
        },
        { receivers: ['ops-hook'], groupInterval: '10m', repeatInterval: '1m', colour: 'red' },
      ],
    });
    expect(problemsOf(doc)).toEqual([
      'tenants/acme/receivers/0/webhookUrl: must be an http:// or https:// URL',
      'tenants/acme/receivers/1/kind: must be one of: "webhook", "slack", "teams", "email", "alertmanager"',
      'tenants/acme/receivers/2/secret: must NOT have fewer than 16 characters',
      'tenants/acme/receivers/3/to: must NOT have fewer than 1 items',
      'tenants/acme/routes/0/severity/0: must be one of: "info", "warning", "critical"',
      'tenants/acme/routes/0/groupWait: must be a duration like 30s, 5m, 4h or 1h30m',
      'tenants/acme/routes/1/colour: is not a known field',
      'tenants/acme/receivers/3/name: duplicates receiver name "ops-slack" of tenants/acme/receivers/0',
      'tenants/acme/routes/0/receivers/1: names unknown receiver "ops-mail"',
      expect.stringMatching(/^tenants\/acme\/routes\/0\/matchers\/0\/value: is not a valid regular expression/) as string,
      'tenants/acme/routes/1/repeatInterval: repeatInterval (60s) is shorter than groupInterval (600s)',
    ]);
    expect(() => validateAlertingConfig(doc)).toThrow(AlertingConfigError);
  });

  it('names the missing fields and the wrong format', () => {
    expect(problemsOf({ format: 'vahti.alerting/v0', tenants: { acme: { receivers: [{ name: 'x' }] } } })).toEqual([
      'format: must be "vahti.alerting/v1"',
      'tenants/acme/routes: is required',
      'tenants/acme/receivers/0/kind: is required',
    ]);
  });

  it('checks areas against the known ones, tenant time zones and zero intervals', () => {
    const doc = document(
      tenantConfig(['ops-hook'], {
        routes: [{ area: ['B', 'Z'], receivers: ['ops-hook'], groupInterval: '0s' }],
        defaults: { repeatInterval: '0s' },
        timeZone: 'Mars/Olympus_Mons',
      }),
    );
    expect(problemsOf(doc, new Set(['A', 'B', 'C']))).toEqual([
      'tenants/acme/defaults/repeatInterval: must be longer than 0s',
      'tenants/acme/routes/0/area/1: unknown area "Z" (known: A, B, C)',
      'tenants/acme/routes/0/groupInterval: must be longer than 0s',
      'tenants/acme/timeZone: unknown time zone "Mars/Olympus_Mons"',
    ]);
  });

  it('puts every problem in the error message, one per line', () => {
    const doc = document({ receivers: [{ name: 'a', kind: 'slack', webhookUrl: 'https://x' }], routes: [{ receivers: ['b', 'c'] }] });
    expect(() => validateAlertingConfig(doc)).toThrow(
      'invalid alerting configuration (2 problems)\n' +
        '  tenants/acme/routes/0/receivers/0: names unknown receiver "b"\n' +
        '  tenants/acme/routes/0/receivers/1: names unknown receiver "c"',
    );
  });
});

describe('parseAlertingConfig', () => {
  it('reads YAML', () => {
    const yaml = [
      'format: vahti.alerting/v1',
      'externalUrl: https://vahti.example.com',
      'tenants:',
      '  acme:',
      '    receivers:',
      '      - { name: ops-slack, kind: slack, webhookUrl: "https://hooks.slack.com/services/T/B/X" }',
      '    routes:',
      '      - { severity: [critical], receivers: [ops-slack], groupWait: 10s, repeatInterval: 1h }',
    ].join('\n');
    expect(parseAlertingConfig(yaml).tenants.acme?.routes[0]).toEqual({
      severity: ['critical'],
      receivers: ['ops-slack'],
      groupWait: '10s',
      repeatInterval: '1h',
    });
  });

  it('reports text that is not YAML', () => {
    expect(() => parseAlertingConfig('a: [')).toThrow(/\(root\): not YAML\/JSON/);
  });
});

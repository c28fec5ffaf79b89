import { KPI_DEFINITIONS, createYardsticks, evaluationSettingsOf, parseBenchmarkPack, parseTenantSettings } from '@vahti/kpi';

const known = new Set(KPI_DEFINITIONS.map((k) => k.id));
const file = parseTenantSettings(
  `
tenants:
  acme:
    repeatWindowHours: 72
    queues:
      - { channel: voice, serviceLevelSeconds: 30 }
      - { queue: vip, serviceLevelSeconds: 10, serviceLevelTarget: 0.9 }
      - { queue: vip, channel: chat, serviceLevelSeconds: 45 }
    targets:
      - { kpi: abandonment_rate, target: 0.06, floor: 0.15 }
      - { kpi: abandonment_rate, queue: vip, target: 0.03 }
      - { kpi: average_handle_time, band: { low: 420, high: 600 } }
`,
  known,
);

describe('tenant settings', () => {
  const settings = evaluationSettingsOf(file);

  it('takes the most specific rule per field, then the channel defaults', () => {
    expect(settings.queue('acme', 'billing', 'voice')).toEqual({
      serviceLevelSeconds: 30,
      shortAbandonSeconds: 5,
      serviceLevelTarget: 0.8,
    });
    expect(settings.queue('acme', 'vip', 'voice')).toEqual({ serviceLevelSeconds: 10, shortAbandonSeconds: 5, serviceLevelTarget: 0.9 });
    expect(settings.queue('acme', 'vip', 'chat').serviceLevelSeconds).toBe(45);
    expect(settings.queue('other', 'vip', 'chat').serviceLevelSeconds).toBe(60);
    expect(settings.repeatWindowHours('acme')).toBe(72);
    expect(settings.repeatWindowHours('other')).toBe(168);
  });

  it('resolves yardsticks from the pack and the tenant targets', () => {
    const pack = parseBenchmarkPack(
      'format: vahti.benchmark-pack/v1\nid: p\nversion: "1"\nbenchmarks:\n  - { kpi: abandonment_rate, channel: voice, median: 0.12, evidence: measured, source: Talkdesk }\n',
      known,
    );
    const yardstick = createYardsticks(pack, file);
    expect(yardstick('acme', 'abandonment_rate', 'voice', 'billing')).toMatchObject({ median: 0.12, target: 0.06, floor: 0.15 });
    expect(yardstick('acme', 'abandonment_rate', 'voice', 'vip')).toMatchObject({ target: 0.03, floor: 0.15 });
    expect(yardstick('acme', 'service_level', 'voice', 'vip')).toMatchObject({ target: 0.9 });
    expect(yardstick('acme', 'average_handle_time', 'voice')).toMatchObject({ band: { low: 420, high: 600 } });
  });

  it('names every problem with its path', () => {
    expect(() => parseTenantSettings('tenants:\n  Bad_Name: {}\n', known)).toThrow('/tenants');
    expect(() => parseTenantSettings('tenants:\n  acme:\n    targets: [{ kpi: nope, target: 1 }]\n', known)).toThrow(
      '/tenants/acme/targets/0/kpi: unknown KPI id "nope"',
    );
    expect(() =>
      parseTenantSettings('tenants:\n  acme:\n    queues: [{ serviceLevelSeconds: 10, shortAbandonSeconds: 20 }]\n', known),
    ).toThrow('shortAbandonSeconds is above serviceLevelSeconds');
    expect(() => parseTenantSettings('tenants:\n  acme:\n    queues: [{ serviceLevelSeconds: -1 }]\n', known)).toThrow(
      '/tenants/acme/queues/0/serviceLevelSeconds',
    );
  });
});

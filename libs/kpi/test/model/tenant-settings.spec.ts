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
      - { queue: vip, channel: chat, serviceLevelSeconds: 45, repeatWindowHours: 24 }
      - { channel: email, repeatWindowHours: 240 }
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
      repeatWindowHours: 72,
    });
    expect(settings.queue('acme', 'vip', 'voice')).toEqual({
      serviceLevelSeconds: 10,
      shortAbandonSeconds: 5,
      serviceLevelTarget: 0.9,
      repeatWindowHours: 72,
    });
    expect(settings.queue('acme', 'vip', 'chat').serviceLevelSeconds).toBe(45);
    expect(settings.queue('other', 'vip', 'chat').serviceLevelSeconds).toBe(60);
  });

  it('overrides the repeat window per queue and channel, over the tenant default and then 7 days', () => {
    expect(settings.queue('acme', 'vip', 'chat').repeatWindowHours).toBe(24);
    expect(settings.queue('acme', 'billing', 'email').repeatWindowHours).toBe(240);
    expect(settings.queue('acme', 'billing', 'chat').repeatWindowHours).toBe(72);
    expect(settings.queue('other', 'vip', 'chat').repeatWindowHours).toBe(168);
    // Customer timelines keep history for the longest window any queue of the tenant uses.
    expect(settings.maxRepeatWindowHours('acme')).toBe(240);
    expect(settings.maxRepeatWindowHours('other')).toBe(168);
  });

  it('resolves yardsticks from the pack and the tenant targets', () => {
    const pack = parseBenchmarkPack(
      'format: vahti.benchmark-pack/v1\nid: p\nversion: "1"\nbenchmarks:\n  - { kpi: abandonment_rate, channel: voice, median: 0.12, evidence: measured, source: Talkdesk }\n',
      known,
    );
    const yardstick = createYardsticks(pack, file);
    expect(yardstick('acme', 'abandonment_rate', 'voice', 'billing')).toMatchObject({ median: 0.12, target: 0.06, floor: 0.15 });
    expect(yardstick('acme', 'abandonment_rate', 'voice', 'vip')).toMatchObject({ target: 0.03, floor: 0.15, targetFrom: 'tenant' });
    expect(yardstick('acme', 'service_level', 'voice', 'vip')).toMatchObject({ target: 0.9, targetFrom: 'tenant' });
    expect(yardstick('acme', 'average_handle_time', 'voice')).toMatchObject({ band: { low: 420, high: 600 }, bandFrom: 'tenant' });
  });

  it('falls back to the KPI default target, cited, where the tenant sets none', () => {
    const empty = parseBenchmarkPack('format: vahti.benchmark-pack/v1\nid: p\nversion: "1"\nbenchmarks: []\n', known);
    const yardstick = createYardsticks(empty, file);
    expect(yardstick('other', 'service_level', 'voice')).toMatchObject({ target: 0.8, targetFrom: 'default' });
    expect(yardstick('other', 'service_level', 'voice').convention?.source).toContain('80/20');
    expect(yardstick('other', 'abandonment_rate', 'voice')).toMatchObject({ target: 0.08, targetFrom: 'default' });
    // The 5–8 % convention is stated for voice only.
    expect(yardstick('other', 'abandonment_rate', 'chat').target).toBeUndefined();
    expect(yardstick('other', 'occupancy', undefined)).toMatchObject({
      band: { low: 0.75, high: 0.85 },
      critical: 0.9,
      bandFrom: 'default',
    });
    expect(yardstick('other', 'volume_forecast_accuracy', undefined)).toMatchObject({ target: 0.95, critical: 0.85 });
    expect(yardstick('other', 'average_handle_time', 'voice')).toMatchObject({ aroundPlan: { tolerance: 0.05, critical: 0.15 } });
    expect(yardstick('acme', 'average_handle_time', 'voice').aroundPlan).toBeUndefined(); // the tenant's band wins
    expect(yardstick('other', 'transfer_rate', 'voice')).toEqual({});
  });

  it('names every problem with its path', () => {
    expect(() => parseTenantSettings('tenants:\n  Bad_Name: {}\n', known)).toThrow('/tenants');
    expect(() => parseTenantSettings('tenants:\n  acme:\n    targets: [{ kpi: nope, target: 1 }]\n', known)).toThrow(
      '/tenants/acme/targets/0/kpi: unknown KPI id "nope"',
    );
    expect(() =>
      parseTenantSettings('tenants:\n  acme:\n    queues: [{ serviceLevelSeconds: 10, shortAbandonSeconds: 20 }]\n', known),
    ).toThrow(
      '/tenants/acme: any other queue, channel voice, chat, email, messaging, callback: shortAbandonSeconds 20 (queues/0) is above serviceLevelSeconds 10 (queues/0)',
    );
    expect(() => parseTenantSettings('tenants:\n  acme:\n    queues: [{ serviceLevelSeconds: -1 }]\n', known)).toThrow(
      '/tenants/acme/queues/0/serviceLevelSeconds',
    );
  });

  it('checks S ≤ T after merging channel rule, queue rule and defaults, naming where each value comes from', () => {
    const file = (queues: string): string => `tenants:\n  acme:\n    queues:\n${queues}`;
    // Each rule is fine on its own; together (voice T 10 s, queue vip S 15 s) they are not.
    expect(() =>
      parseTenantSettings(
        file('      - { channel: voice, serviceLevelSeconds: 10 }\n      - { queue: vip, shortAbandonSeconds: 15 }\n'),
        known,
      ),
    ).toThrow('/tenants/acme: queue "vip", channel voice: shortAbandonSeconds 15 (queues/1) is above serviceLevelSeconds 10 (queues/0)');
    // A short-abandon threshold above a channel default T.
    expect(() => parseTenantSettings(file('      - { channel: callback, shortAbandonSeconds: 30 }\n'), known)).toThrow(
      '/tenants/acme: any other queue, channel callback: shortAbandonSeconds 30 (queues/0) is above serviceLevelSeconds 20 (callback default)',
    );
    // A more specific rule can repair what a wider one would break.
    expect(() =>
      parseTenantSettings(file('      - { shortAbandonSeconds: 30 }\n      - { serviceLevelSeconds: 40 }\n'), known),
    ).not.toThrow();
  });
});

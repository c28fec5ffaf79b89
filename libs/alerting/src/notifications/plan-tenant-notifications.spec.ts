import { createSilence } from '../silences/silence';
import { HOUR, MINUTE, SECOND, T0, fired, tenantConfig } from '../testing/alert-fixtures';
import { planTenantNotifications } from './plan-tenant-notifications';

describe('planTenantNotifications', () => {
  const warning = fired({ labels: { detector: 'cusum' } });
  const critical = fired({ labels: { detector: 'target_breach', severity: 'critical' } });
  const sales = fired({ labels: { queue: 'sales' } });
  const config = tenantConfig(['ops-hook'], { defaults: { groupBy: ['...'] } });
  const silence = createSilence(
    {
      id: 'sil-1',
      tenantId: 'acme',
      matchers: [{ name: 'queue', type: '=', value: 'sales' }],
      startsAt: T0,
      endsAt: T0 + HOUR,
      createdBy: 'anna',
      comment: 'Sales line migration',
    },
    T0,
  );

  it('applies the default inhibit rule and the silences before planning', () => {
    const plan = planTenantNotifications({
      tenantId: 'acme',
      config,
      instances: [warning, critical, sales],
      log: [],
      silences: [silence],
      now: T0 + 30 * SECOND,
    });
    expect(plan.due.map((n) => n.alerts.map((a) => a.instance.id))).toEqual([[critical.id]]);
    expect(plan.muted).toEqual({
      [warning.id]: { silencedBy: [], inhibitedBy: [critical.id] },
      [sales.id]: { silencedBy: ['sil-1'], inhibitedBy: [] },
    });
    // The silence ends before the critical alert's 4 h repeat.
    expect(plan.nextCheckAt).toBe(T0 + HOUR);
  });

  it('uses no inhibit rules when the tenant sets an empty list', () => {
    const plan = planTenantNotifications({
      tenantId: 'acme',
      config: { ...config, inhibitRules: [] },
      instances: [warning, critical],
      log: [],
      silences: [],
      now: T0 + MINUTE,
    });
    expect(plan.due).toHaveLength(2);
  });

  it('reports instances of other tenants and unrouted ones instead of notifying them', () => {
    const onlyCritical = tenantConfig([], { routes: [{ severity: ['critical'], receivers: ['ops-hook'] }] });
    const foreign = { ...fired(), id: 'foreign', tenantId: 'globex' };
    const plan = planTenantNotifications({
      tenantId: 'acme',
      config: onlyCritical,
      instances: [sales, foreign],
      log: [],
      silences: [],
      now: T0 + MINUTE,
    });
    expect(plan.due).toEqual([]);
    expect(plan.unrouted).toEqual([sales.id, 'foreign']);
  });
});

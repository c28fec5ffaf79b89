import { MINUTE, T0, fired, tenantConfig } from '../testing/alert-fixtures';
import { groupAlerts } from './group-alerts';

describe('groupAlerts', () => {
  const sl = fired();
  const asa = fired({ labels: { kpi: 'average_speed_of_answer' }, at: T0 + MINUTE });
  const slChat = fired({ labels: { channel: 'chat' }, at: T0 + 2 * MINUTE });

  it('batches by queue and kpi by default, one group per key, instances by start', () => {
    const { groups, unrouted } = groupAlerts('acme', tenantConfig(), [slChat, asa, sl]);
    expect(unrouted).toEqual([]);
    expect(groups.map((g) => [g.key, g.instances.map((i) => i.id)])).toEqual([
      ['acme/#0:{kpi="average_speed_of_answer",queue="billing"}', [asa.id]],
      ['acme/#0:{kpi="service_level",queue="billing"}', [sl.id, slChat.id]],
    ]);
    expect(groups[0]?.receivers).toEqual([{ name: 'ops-hook', kind: 'webhook' }]);
    expect(groups[0]?.timing.groupWaitMs).toBe(30_000);
  });

  it('puts an instance in one group per matching route (continue) and reports unrouted ones', () => {
    const config = tenantConfig([], {
      routes: [
        { name: 'page', severity: ['critical'], receivers: ['ops-slack'], continue: true, groupBy: ['queue'] },
        { name: 'staffing', area: ['B'], receivers: ['ops-mail', 'am'], groupBy: [] },
      ],
    });
    const critical = fired({ labels: { severity: 'critical', detector: 'cusum' } });
    const elsewhere = fired({ labels: { area: 'E', process: 'E2' } });
    const { groups, unrouted } = groupAlerts('acme', config, [sl, critical, elsewhere]);
    expect(groups.map((g) => [g.key, g.receivers.map((r) => r.name), g.instances.length])).toEqual([
      ['acme/page:{queue="billing"}', ['ops-slack'], 1],
      ['acme/staffing:{}', ['ops-mail', 'am'], 2],
    ]);
    expect(unrouted).toEqual([elsewhere.id]);
  });

  it('never groups another tenant’s instances', () => {
    const foreign = { ...sl, id: 'x', tenantId: 'globex' };
    expect(groupAlerts('acme', tenantConfig(), [foreign])).toEqual({ groups: [], unrouted: ['x'] });
  });
});

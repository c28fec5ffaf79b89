import { T0, applied, fired } from '../testing/alert-fixtures';
import { DEFAULT_INHIBIT_RULES, inhibitorsOf, type InhibitRule } from './inhibition';

describe('inhibitorsOf (default rule: critical mutes warning with equal kpi, queue, channel)', () => {
  const warning = fired({ labels: { detector: 'cusum', severity: 'warning' } });
  const critical = fired({ labels: { detector: 'target_breach', severity: 'critical' } });

  it('mutes the warning about the same KPI, queue and channel', () => {
    expect(inhibitorsOf(warning, [warning, critical], DEFAULT_INHIBIT_RULES)).toEqual([critical.id]);
  });

  it('does not mute the critical itself, nor a warning on another queue or channel', () => {
    const otherQueue = fired({ labels: { detector: 'cusum', queue: 'sales' } });
    const otherChannel = fired({ labels: { detector: 'cusum', channel: 'chat' } });
    expect(inhibitorsOf(critical, [warning, critical], DEFAULT_INHIBIT_RULES)).toEqual([]);
    expect(inhibitorsOf(otherQueue, [otherQueue, critical], DEFAULT_INHIBIT_RULES)).toEqual([]);
    expect(inhibitorsOf(otherChannel, [otherChannel, critical], DEFAULT_INHIBIT_RULES)).toEqual([]);
  });

  it('stops muting once the source resolves', () => {
    const resolved = applied(critical, { labels: { detector: 'target_breach', severity: 'critical' }, status: 'resolved', at: T0 + 1 });
    expect(inhibitorsOf(warning, [warning, resolved], DEFAULT_INHIBIT_RULES)).toEqual([]);
  });

  it('never lets an alert that matches both sides be inhibited by another two-sided match', () => {
    const rule: InhibitRule = {
      sourceMatchers: [{ name: 'kpi', type: '=', value: 'service_level' }],
      targetMatchers: [{ name: 'kpi', type: '=', value: 'service_level' }],
      equal: ['queue'],
    };
    expect(inhibitorsOf(warning, [warning, critical], [rule])).toEqual([]);
  });

  it('compares a label both lack as equal (Alertmanager)', () => {
    const rule: InhibitRule = { ...DEFAULT_INHIBIT_RULES[0], equal: ['team'] } as InhibitRule;
    expect(inhibitorsOf(warning, [warning, critical], [rule])).toEqual([critical.id]);
  });
});

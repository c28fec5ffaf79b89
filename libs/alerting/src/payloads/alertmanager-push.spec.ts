import type { AlertmanagerReceiver } from '../config/alerting-config-schema';
import { BASE_LABELS, MINUTE, SECOND, T0, applied, fired, plannedFor, renderContext, tenantConfig } from '../testing/alert-fixtures';
import { alertmanagerAlerts, renderAlertmanagerPush } from './alertmanager-push';

describe('Alertmanager push', () => {
  const a = fired();
  const receiver = tenantConfig().receivers[4] as AlertmanagerReceiver;

  it('posts the alert to /api/v2/alerts with endsAt 4 re-send intervals ahead (reviewed in full)', () => {
    const n = plannedFor('am', [a], T0);
    const rendered = renderAlertmanagerPush(n, receiver, renderContext(T0));
    if (rendered.channel !== 'http') {
      throw new Error('expected an HTTP request');
    }
    expect(rendered.request.url).toBe('http://alertmanager:9093/api/v2/alerts');
    expect(rendered.request.headers).toEqual({ 'Content-Type': 'application/json', 'Idempotency-Key': n.idempotencyKey });
    expect(JSON.parse(rendered.request.body)).toEqual([
      {
        labels: { tenant: 'acme', ...BASE_LABELS },
        annotations: {
          summary: 'Voice service level in Billing 62 % (target ≥ 80 %)',
          description: 'Service level fell over the last hour; staffing is below schedule.',
          state: 'Firing since 2025-03-03 09:15 UTC (0 s).',
          value: 'The value is 62 % against the target ≥ 80 %.',
          root_causes:
            '1. Staffed agents below schedule: explains 55 % of the change (scheduled 42, staffed 31)\n' +
            '2. Handle time above baseline: explains 30 % of the change (aht_s 412, baseline_s 360)',
          rca: JSON.stringify(a.candidates),
          vahti_state: 'firing',
          vahti_alert_id: a.id,
        },
        startsAt: '2025-03-03T09:15:00.000Z',
        // T0 + 4 × 60 s.
        endsAt: '2025-03-03T09:19:00.000Z',
        generatorURL: `https://vahti.example.com/alerts/${a.id}`,
      },
    ]);
  });

  it('resolves with endsAt = the resolution time', () => {
    const first = plannedFor('am', [a], T0);
    const resolved = applied(a, { status: 'resolved', at: T0 + 2 * MINUTE });
    const n = plannedFor('am', [resolved], T0 + 2 * MINUTE + 5 * SECOND, [first.logEntry]);
    expect(alertmanagerAlerts(n, renderContext(T0 + 2 * MINUTE + 5 * SECOND)).map((p) => [p.annotations.vahti_state, p.endsAt])).toEqual([
      ['resolved', '2025-03-03T09:17:00.000Z'],
    ]);
  });

  it('resolves the old label set explicitly after a severity change', () => {
    const first = plannedFor('am', [a], T0);
    const critical = applied(a, { at: T0 + 30 * SECOND, labels: { severity: 'critical' } });
    const n = plannedFor('am', [critical], T0 + 30 * SECOND, [first.logEntry]);
    expect(alertmanagerAlerts(n, renderContext(T0 + 30 * SECOND)).map((p) => [p.labels.severity, p.endsAt])).toEqual([
      ['warning', '2025-03-03T09:15:30.000Z'],
      ['critical', '2025-03-03T09:19:30.000Z'],
    ]);
  });
});

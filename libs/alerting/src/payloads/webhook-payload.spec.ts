import { createHmac } from 'node:crypto';
import { BASE_LABELS, SECOND, T0, fired, only, plannedFor, renderContext, tenantConfig } from '../testing/alert-fixtures';
import type { WebhookReceiver } from '../config/alerting-config-schema';
import { renderWebhook, webhookBody } from './webhook-payload';

describe('webhook payload', () => {
  const now = T0 + 30 * SECOND;
  const a = fired();
  const n = plannedFor('ops-hook', [a], now);
  const receiver = tenantConfig().receivers[0] as WebhookReceiver;

  it('is Alertmanager webhook v4 plus Vahti fields (reviewed in full)', () => {
    const summary = 'Voice service level in Billing 62 % (target ≥ 80 %)';
    const description = 'Service level fell over the last hour; staffing is below schedule.';
    expect(webhookBody(n, renderContext(now))).toEqual({
      version: '4',
      groupKey: 'acme/#0:{kpi="service_level",queue="billing"}',
      truncatedAlerts: 0,
      status: 'firing',
      receiver: 'ops-hook',
      groupLabels: { kpi: 'service_level', queue: 'billing' },
      commonLabels: BASE_LABELS,
      commonAnnotations: { summary, description },
      externalURL: 'https://vahti.example.com',
      alerts: [
        {
          status: 'firing',
          labels: BASE_LABELS,
          annotations: { summary, description },
          startsAt: '2025-03-03T09:15:00.000Z',
          endsAt: '0001-01-01T00:00:00Z',
          generatorURL: `https://vahti.example.com/alerts/${a.id}`,
          fingerprint: a.fingerprint,
          vahti: {
            alertId: a.id,
            state: 'firing',
            severity: 'warning',
            previousSeverity: null,
            acknowledgement: null,
            value: { observed: 0.62, text: '62 %', yardstick: { name: 'target', value: 0.8, text: '≥ 80 %' } },
            candidates: a.candidates,
            text: {
              state: 'Firing since 2025-03-03 09:15 UTC (30 s).',
              value: 'The value is 62 % against the target ≥ 80 %.',
              causes: [
                '1. Staffed agents below schedule: explains 55 % of the change (scheduled 42, staffed 31)',
                '2. Handle time above baseline: explains 30 % of the change (aht_s 412, baseline_s 360)',
              ],
            },
          },
        },
      ],
      vahti: {
        schemaVersion: 1,
        tenantId: 'acme',
        idempotencyKey: n.idempotencyKey,
        sequence: 1,
        reason: 'first',
        title: `[FIRING] warning: ${summary}`,
      },
    });
  });

  it('signs the exact body: X-Vahti-Signature = sha256=HMAC(secret, "<timestamp>.<body>")', () => {
    const rendered = renderWebhook(n, receiver, renderContext(now));
    if (rendered.channel !== 'http') {
      throw new Error('expected an HTTP request');
    }
    const { request } = rendered;
    const timestamp = Math.floor(now / 1000);
    // Computed independently of the lib's signing code.
    const expected = createHmac('sha256', 'whsec_0123456789abcdef').update(`${timestamp}.${request.body}`).digest('hex');
    expect(request).toMatchObject({ method: 'POST', url: 'https://hooks.example.com/vahti' });
    expect(request.headers).toEqual({
      'Content-Type': 'application/json',
      'Idempotency-Key': n.idempotencyKey,
      'X-Vahti-Timestamp': String(timestamp),
      'X-Vahti-Signature': `sha256=${expected}`,
    });
    expect(JSON.parse(request.body)).toEqual(webhookBody(n, renderContext(now)));
  });

  it('marks resolved alerts with their end time', () => {
    const log = [n.logEntry];
    const resolved = { ...a, state: 'resolved' as const, resolvedAt: T0 + 60_000 };
    const later = plannedFor('ops-hook', [resolved], T0 + 10 * 60_000, log);
    const alert = only(webhookBody(later, renderContext(T0 + 10 * 60_000)).alerts);
    expect(alert).toMatchObject({ status: 'resolved', endsAt: '2025-03-03T09:16:00.000Z', vahti: { state: 'resolved' } });
  });
});

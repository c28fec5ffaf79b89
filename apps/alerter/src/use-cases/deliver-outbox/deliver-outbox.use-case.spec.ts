// The outbox round with fake ports: what each attempt result does to the row (delivered, retried on
// the lib's back-off, failed), that webhooks are re-signed at the attempt, and that a lost claim
// changes no counter.
import { Registry } from 'prom-client';
import {
  jitterFraction,
  verifyWebhookSignature,
  type AlertingConfig,
  type AttemptResult,
  type EmailMessageSpec,
  type HttpRequestSpec,
} from '@vahti/alerting';
import type { AttemptRecord, ClaimedNotification } from '@vahti/persistence';
import { AlerterMetrics } from '../../alerter-metrics';
import { DeliverOutboxUseCase } from './deliver-outbox.use-case';

const NOW = 1_741_000_000_000;
const SECRET = 'sixteen-chars-secret';
const KEY = '0123456789abcdef0123456789abcdef';

const routing: AlertingConfig = {
  format: 'vahti.alerting/v1',
  tenants: {
    acme: {
      receivers: [
        { name: 'hook', kind: 'webhook', url: 'http://h.example/x', secret: SECRET },
        { name: 'mail', kind: 'email', to: ['ops@example.com'] },
        { name: 'am', kind: 'alertmanager', url: 'http://am.example' },
      ],
      routes: [{ receivers: ['hook', 'mail', 'am'] }],
    },
  },
};

const request: HttpRequestSpec = {
  method: 'POST',
  url: 'http://h.example/x',
  headers: { 'Idempotency-Key': KEY, 'X-Vahti-Timestamp': '1', 'X-Vahti-Signature': 'sha256=stale' },
  body: '{"version":"4"}',
};
const message: EmailMessageSpec = {
  from: null,
  to: ['ops@example.com'],
  subject: 's',
  headers: { 'Message-ID': `<${KEY}@x>` },
  text: 't',
  html: 'h',
};

function row(overrides: Partial<ClaimedNotification> = {}): ClaimedNotification {
  return {
    id: '1',
    idempotencyKey: KEY,
    tenantId: 'acme',
    receiver: 'hook',
    receiverKind: 'webhook',
    groupKey: 'acme/#0:{}',
    sequence: 1,
    payload: { channel: 'http', idempotencyKey: KEY, request },
    nextAttemptAt: NOW,
    attempts: 1,
    claimToken: 'token',
    createdAt: NOW,
    ...overrides,
  };
}

function setup(rows: ClaimedNotification[], result: AttemptResult, kept = true) {
  const completed: AttemptRecord[] = [];
  const sentHttp: HttpRequestSpec[] = [];
  const sentMail: EmailMessageSpec[] = [];
  const registry = new Registry();
  const metrics = new AlerterMetrics(registry, {
    openAlertCounts: () => Promise.resolve([]),
    backlog: () => Promise.resolve([]),
    tenants: [],
    clock: () => NOW,
  });
  const useCase = new DeliverOutboxUseCase(
    { claim: () => Promise.resolve(rows), complete: (_claim, record) => (completed.push(record), Promise.resolve(kept)) },
    {
      http: (r) => (sentHttp.push(r), Promise.resolve(result)),
      email: (m) => (sentMail.push(m), Promise.resolve(result)),
    },
    routing,
    metrics,
    { concurrency: 4, leaseMs: 31000 },
    () => NOW,
  );
  const count = async (name: string, channel: string): Promise<number> =>
    (await registry.getSingleMetric(name)?.get())?.values.find((v) => v.labels.channel === channel)?.value ?? 0;
  return { useCase, completed, sentHttp, sentMail, count };
}

describe('deliver outbox', () => {
  it('re-signs a webhook at the attempt and marks it delivered on 2xx', async () => {
    const { useCase, completed, sentHttp, count } = setup([row()], { kind: 'http', status: 204 });
    expect(await useCase.execute()).toEqual({ claimed: 1, delivered: 1, retried: 0, failed: 0, lost: 0 });
    expect(completed).toEqual([{ status: 'delivered' }]);
    const sent = sentHttp[0]!;
    expect(sent.headers['X-Vahti-Timestamp']).toBe(String(NOW / 1000));
    expect(sent.headers['Idempotency-Key']).toBe(KEY);
    const verdict = verifyWebhookSignature({
      secret: SECRET,
      body: sent.body,
      timestamp: sent.headers['X-Vahti-Timestamp'],
      signature: sent.headers['X-Vahti-Signature'],
      now: NOW,
    });
    expect(verdict).toEqual({ ok: true });
    expect(await count('vahti_alerter_notifications_sent_total', 'webhook')).toBe(1);
  });

  it('retries a 503 on the default policy: 10 s less up to 20 % jitter after the first attempt', async () => {
    const { useCase, completed, count } = setup([row()], { kind: 'http', status: 503 });
    await useCase.execute();
    // DEFAULT_RETRY_POLICY: initial 10 000 ms × 2^(1−1), minus 0.2 × the key's jitter for attempt 1.
    const delay = Math.round(10_000 * (1 - 0.2 * jitterFraction(KEY, 1)));
    expect(completed).toEqual([{ status: 'retry', nextAttemptAt: NOW + delay, error: 'HTTP 503' }]);
    expect(delay).toBeGreaterThan(8000);
    expect(await count('vahti_alerter_delivery_retries_total', 'webhook')).toBe(1);
  });

  it('honours a longer Retry-After', async () => {
    const { useCase, completed } = setup([row()], { kind: 'http', status: 429, retryAfter: '120' });
    await useCase.execute();
    expect(completed).toEqual([{ status: 'retry', nextAttemptAt: NOW + 120_000, error: 'HTTP 429' }]);
  });

  it('fails the notification after the last allowed attempt (20 in the default policy)', async () => {
    const { useCase, completed, count } = setup([row({ attempts: 20 })], { kind: 'network', error: 'ECONNREFUSED' });
    await useCase.execute();
    expect(completed).toEqual([{ status: 'failed', error: 'gave up after 20 attempts: network error: ECONNREFUSED' }]);
    expect(await count('vahti_alerter_notifications_failed_total', 'webhook')).toBe(1);
  });

  it('fails at once on a permanent error', async () => {
    const { useCase, completed } = setup([row()], { kind: 'http', status: 410 });
    await useCase.execute();
    expect(completed).toEqual([{ status: 'failed', error: 'HTTP 410' }]);
  });

  it('sends e-mail unchanged and retries SMTP 4yz on the default policy', async () => {
    const mail = row({ receiver: 'mail', receiverKind: 'email', payload: { channel: 'email', idempotencyKey: KEY, message } });
    const { useCase, completed, sentMail, sentHttp } = setup([mail], { kind: 'smtp', code: 451, message: 'busy' });
    await useCase.execute();
    expect(sentMail).toEqual([message]);
    expect(sentHttp).toEqual([]);
    expect(completed[0]).toMatchObject({ status: 'retry', error: 'SMTP 451 busy' });
  });

  it('retries an Alertmanager push on its own policy: first retry after 5 s less jitter', async () => {
    const push = row({ receiver: 'am', receiverKind: 'alertmanager' });
    const { useCase, completed, sentHttp } = setup([push], { kind: 'http', status: 500 });
    await useCase.execute();
    // ALERTMANAGER_RETRY_POLICY: initial 5 000 ms, jitter up to 20 %; the request is not re-signed.
    expect(completed).toEqual([
      { status: 'retry', nextAttemptAt: NOW + Math.round(5000 * (1 - 0.2 * jitterFraction(KEY, 1))), error: 'HTTP 500' },
    ]);
    expect(sentHttp[0]).toBe(request);
  });

  it('fails a notification whose receiver is no longer configured, without sending', async () => {
    const { useCase, completed, sentHttp } = setup([row({ receiver: 'gone' })], { kind: 'http', status: 200 });
    await useCase.execute();
    expect(sentHttp).toEqual([]);
    expect(completed).toEqual([{ status: 'failed', error: 'receiver "gone" (webhook) is no longer configured for tenant acme' }]);
  });

  it('counts nothing for a claim that was lost to another worker', async () => {
    const { useCase, count } = setup([row()], { kind: 'http', status: 200 }, false);
    expect(await useCase.execute()).toMatchObject({ delivered: 1, lost: 1 });
    expect(await count('vahti_alerter_notifications_sent_total', 'webhook')).toBe(0);
  });
});

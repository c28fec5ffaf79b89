// Real: PostgreSQL, the compiled alerter as a child process, a local HTTP receiver (webhook, Slack,
// Teams, Alertmanager) and a local SMTP server. A firing signal (posted to the alerter's internal
// signal endpoint, as an external detector would) must reach every configured channel exactly once
// with its root-cause candidates and, for the webhook, a valid HMAC signature; repeats must come
// until a manager acknowledges and then stop; the resolution must be notified exactly once.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppProcess } from '@vahti/testing';
import { expectEventually } from '@vahti/testing';
import { HttpAlertReceiver, SmtpAlertReceiver, type ReceivedHttp } from './support/alert-receivers';
import {
  alertLabels,
  createAlerterHarness,
  quietPeriod,
  waitForDrainedOutbox,
  type AlerterHarness,
  type SignalBody,
} from './support/alerter-harness';
import { waitUntilReady } from './support/ingestor-harness';

const SECRET = 'integration-webhook-secret-0123456789';
const TENANT = 'northwind';
// Timers of the test route: group_wait 1 s, group_interval 2 s, repeat_interval 4 s.
const REPEAT_MS = 4000;
const GROUP_INTERVAL_MS = 2000;
const PEOPLE = ['/hook', '/slack', '/teams'] as const;
const ALERTMANAGER = '/am/api/v2/alerts';

const CANDIDATES: SignalBody['candidates'] = [
  { rank: 1, summary: 'Handle time rose 22 % above its baseline', contribution: 0.62, evidence: { ahtSeconds: 412, baselineSeconds: 338 } },
  { rank: 2, summary: 'Staffed agents 31 against 42 scheduled', contribution: 0.31, evidence: { staffed: 31, scheduled: 42 } },
];

/** The receiver-side check documented in libs/alerting/README.md, written as a receiver would. */
function signatureValid(delivery: ReceivedHttp): boolean {
  const timestamp = String(delivery.headers['x-vahti-timestamp']);
  const signature = String(delivery.headers['x-vahti-signature']);
  const expected = 'sha256=' + createHmac('sha256', SECRET).update(`${timestamp}.${delivery.body}`).digest('hex');
  return (
    expected.length === signature.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(signature)) &&
    Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300
  );
}

describe('alerter notifications', () => {
  let http: HttpAlertReceiver;
  let smtp: SmtpAlertReceiver;
  let harness: AlerterHarness;
  let app: AppProcess;

  beforeAll(async () => {
    http = new HttpAlertReceiver();
    smtp = new SmtpAlertReceiver();
    const base = await http.start();
    const smtpPort = await smtp.start();
    harness = await createAlerterHarness({
      tenants: [TENANT],
      routing: {
        externalUrl: 'https://vahti.example.com',
        tenants: {
          [TENANT]: {
            defaults: { groupWait: '1s', groupInterval: '2s', repeatInterval: '4s' },
            receivers: [
              { name: 'ops-hook', kind: 'webhook', url: `${base}/hook`, secret: SECRET },
              { name: 'duty-slack', kind: 'slack', webhookUrl: `${base}/slack` },
              { name: 'cc-teams', kind: 'teams', webhookUrl: `${base}/teams` },
              { name: 'managers-mail', kind: 'email', to: ['cc-managers@example.com'], from: 'vahti@example.com' },
              { name: 'am', kind: 'alertmanager', url: `${base}/am` },
            ],
            routes: [{ name: 'all', receivers: ['ops-hook', 'duty-slack', 'cc-teams', 'managers-mail', 'am'] }],
          },
        },
      },
      extraEnv: { ALERTER_SMTP_HOST: '127.0.0.1', ALERTER_SMTP_PORT: String(smtpPort) },
    });
    app = harness.newAlerter();
    app.start();
    await waitUntilReady(app);
  });

  afterAll(async () => {
    await harness?.dispose();
    await http?.stop();
    await smtp?.stop();
  });

  it('notifies every channel once with the candidates, repeats until acknowledged, and tells the resolution once', async () => {
    const labels = alertLabels();
    const fired = await harness.postSignal(app, TENANT, {
      labels,
      status: 'firing',
      summary: 'Service level in voice-billing 61 % (target 80 %)',
      description: 'Service level fell below its target for two intervals.',
      value: { observed: 0.61, yardstick: { name: 'target', value: 0.8 } },
      candidates: CANDIDATES,
    });
    expect(fired.status).toBe(201);
    const alertId = (fired.body.alert as { id: string }).id;

    // 1. One notification per channel, with the candidates.
    await expectEventually(
      () => {
        for (const path of [...PEOPLE, ALERTMANAGER]) {
          expect({ path, n: http.at(path).length }).toEqual({ path, n: 1 });
        }
        expect(smtp.received).toHaveLength(1);
      },
      { timeoutMs: 15000, intervalMs: 50 },
    );
    const hook = http.at('/hook')[0]!;
    expect(signatureValid(hook)).toBe(true);
    const body = JSON.parse(hook.body) as {
      status: string;
      vahti: { idempotencyKey: string; sequence: number; reason: string };
      alerts: Array<{ vahti: { alertId: string; candidates: unknown } }>;
    };
    expect(body).toMatchObject({ status: 'firing', vahti: { sequence: 1, reason: 'first', idempotencyKey: hook.key } });
    expect(body.alerts[0]?.vahti).toMatchObject({ alertId, candidates: CANDIDATES });
    for (const path of ['/slack', '/teams']) {
      const text = http.at(path)[0]!.body;
      expect(text).toContain('Handle time rose 22 % above its baseline');
      expect(text).toContain('Staffed agents 31 against 42 scheduled');
    }
    const mail = smtp.received[0]!;
    expect(mail.text).toContain('Handle time rose 22 % above its baseline');
    expect(mail.text).toContain('Staffed agents 31 against 42 scheduled');
    expect(mail.key).toMatch(/^[0-9a-f]{32}$/);
    expect(mail.headers['message-id']).toBe(`<${mail.key}@example.com>`);
    const pushed = JSON.parse(http.at(ALERTMANAGER)[0]!.body) as Array<{
      labels: Record<string, string>;
      annotations: Record<string, string>;
      endsAt: string;
    }>;
    expect(pushed[0]?.labels).toMatchObject({ tenant: TENANT, kpi: 'service_level', severity: 'warning' });
    expect(JSON.parse(pushed[0]?.annotations.rca ?? 'null')).toEqual(CANDIDATES);
    expect(Date.parse(pushed[0]?.endsAt ?? '')).toBeGreaterThan(Date.now());

    // 2. Unacknowledged, people are reminded every repeat_interval (a new notification, a new key).
    await expectEventually(
      () => {
        for (const path of PEOPLE) {
          expect(new Set(http.at(path).map((d) => d.key)).size).toBeGreaterThanOrEqual(2);
        }
        expect(smtp.unique().length).toBeGreaterThanOrEqual(2);
      },
      { timeoutMs: REPEAT_MS + 10000, intervalMs: 100 },
    );
    const repeat = JSON.parse(http.at('/hook')[1]!.body) as { vahti: { sequence: number; reason: string } };
    expect(repeat.vahti).toMatchObject({ sequence: 2, reason: 'repeat' });

    // 3. Acknowledged: no more repeats, though the alert still fires.
    const ack = await harness.request(app, 'POST', `/api/v1/tenants/${TENANT}/alerts/${alertId}/acknowledge`, TENANT, {
      by: 'duty-manager',
      comment: 'on it',
    });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ state: 'acknowledged', acknowledgement: { by: 'duty-manager', comment: 'on it' } });
    await waitForDrainedOutbox(harness);
    const before = Object.fromEntries(PEOPLE.map((path) => [path, http.at(path).length]));
    const mailsBefore = smtp.received.length;
    await quietPeriod(2 * REPEAT_MS + 1000);
    expect(Object.fromEntries(PEOPLE.map((path) => [path, http.at(path).length]))).toEqual(before);
    expect(smtp.received).toHaveLength(mailsBefore);

    // 4. Recovery: exactly one resolved notification per channel, acknowledged or not.
    const resolved = await harness.postSignal(app, TENANT, {
      labels,
      status: 'resolved',
      summary: 'Service level in voice-billing back at 84 %',
      description: 'Service level is above its target again.',
      candidates: [],
    });
    expect(resolved.status).toBe(201);
    const resolvedHook = (d: ReceivedHttp): boolean => (JSON.parse(d.body) as { status: string }).status === 'resolved';
    const resolvedPush = (d: ReceivedHttp): boolean =>
      (JSON.parse(d.body) as Array<{ endsAt: string }>).every((a) => Date.parse(a.endsAt) <= Date.now());
    await expectEventually(
      () => {
        expect(http.at('/hook').filter(resolvedHook)).toHaveLength(1);
        expect(http.at('/slack').filter((d) => d.body.includes('[RESOLVED]'))).toHaveLength(1);
        expect(http.at('/teams').filter((d) => d.body.includes('[RESOLVED]'))).toHaveLength(1);
        expect(smtp.received.filter((m) => (m.headers.subject ?? '').includes('[RESOLVED]'))).toHaveLength(1);
        expect(http.at(ALERTMANAGER).filter(resolvedPush)).toHaveLength(1);
      },
      { timeoutMs: GROUP_INTERVAL_MS + 10000, intervalMs: 100 },
    );
    await waitForDrainedOutbox(harness);
    const total = Object.fromEntries([...PEOPLE, ALERTMANAGER].map((path) => [path, http.at(path).length]));
    await quietPeriod(2 * GROUP_INTERVAL_MS + 1000);
    expect(Object.fromEntries([...PEOPLE, ALERTMANAGER].map((path) => [path, http.at(path).length]))).toEqual(total);

    // Every delivery was accepted at the first attempt: no key arrived twice.
    for (const path of [...PEOPLE, ALERTMANAGER]) {
      expect(http.unique(path)).toHaveLength(http.at(path).length);
    }
    expect(smtp.unique()).toHaveLength(smtp.received.length);
    const detail = await harness.request(app, 'GET', `/api/v1/tenants/${TENANT}/alerts/${alertId}`, TENANT);
    expect((detail.body as { events: Array<{ kind: string }> }).events.map((e) => e.kind)).toEqual(['fired', 'acknowledged', 'resolved']);

    const metrics = (await app.get('/metrics')).body;
    for (const channel of ['webhook', 'slack', 'teams', 'email', 'alertmanager']) {
      expect(metrics).toMatch(new RegExp(`vahti_alerter_notifications_sent_total\\{[^}]*channel="${channel}"[^}]*\\} [1-9]`));
      expect(metrics).toMatch(new RegExp(`vahti_alerter_notifications_failed_total\\{[^}]*channel="${channel}"[^}]*\\} 0`));
    }
    expect(metrics).toMatch(/vahti_alerter_signals_recorded_total\{[^}]*outcome="changed"[^}]*\} 2/);
  });
});

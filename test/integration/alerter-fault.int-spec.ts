// The whole path, real parts only: a simulated week of a small centre plus a Monday with an
// unforecast volume surge on its voice queue is produced to Kafka; the evaluator turns it into
// aggregates and KPI snapshots on vahti.kpi; the alerter reviews each closed interval from that
// stream (detectors → root causes) and notifies over webhook, Slack, Teams, Alertmanager and SMTP.
// One alert per degraded KPI reaches every channel with its ranked causes; acknowledging stops the
// repeats; when the surge is over, each alert's resolution reaches every channel once.
import { type AppProcess, expectEventually, produceAll, uniqueSuffix } from '@vahti/testing';
import { SURGE_QUEUE, SURGE_TENANT, surgeRun } from './support/surge-scenario';
import { HttpAlertReceiver, SmtpAlertReceiver, type ReceivedHttp } from './support/alert-receivers';
import {
  createAlerterHarness,
  quietPeriod,
  reviewingEvaluatorEnv,
  waitForDrainedOutbox,
  type AlerterHarness,
} from './support/alerter-harness';
import { createEvaluatorHarness, createInputTopic, type EvaluatorHarness } from './support/evaluator-harness';
import { waitUntilReady } from './support/ingestor-harness';

const TENANT = SURGE_TENANT;
const REPEAT_MS = 4000;
const PEOPLE = ['/hook', '/slack', '/teams'] as const;
const ALERTMANAGER = '/am/api/v2/alerts';

interface WebhookBody {
  status: string;
  groupKey: string;
  alerts: Array<{ status: string; labels: Record<string, string>; startsAt: string; vahti: { alertId: string } }>;
}
const bodyOf = (d: ReceivedHttp): WebhookBody => JSON.parse(d.body) as WebhookBody;

describe('alerter on the KPI stream (fault injected through the whole pipeline)', () => {
  let http: HttpAlertReceiver;
  let smtp: SmtpAlertReceiver;
  let input: Awaited<ReturnType<typeof createInputTopic>>;
  let evaluatorHarness: EvaluatorHarness;
  let harness: AlerterHarness;
  let evaluator: AppProcess;
  let alerter: AppProcess;

  beforeAll(async () => {
    http = new HttpAlertReceiver();
    smtp = new SmtpAlertReceiver();
    const base = await http.start();
    const smtpPort = await smtp.start();
    input = await createInputTopic(4);
    const kpiTopic = `it.kpi.${uniqueSuffix()}`;
    evaluatorHarness = await createEvaluatorHarness({ topic: input.topic, kpiTopic });
    harness = await createAlerterHarness({
      tenants: [TENANT],
      routing: {
        tenants: {
          [TENANT]: {
            defaults: { groupWait: '1s', groupInterval: '2s', repeatInterval: '4s' },
            receivers: [
              { name: 'ops-hook', kind: 'webhook', url: `${base}/hook`, secret: 'fault-test-webhook-secret-0123456789' },
              { name: 'duty-slack', kind: 'slack', webhookUrl: `${base}/slack` },
              { name: 'cc-teams', kind: 'teams', webhookUrl: `${base}/teams` },
              { name: 'managers-mail', kind: 'email', to: ['cc-managers@example.com'], from: 'vahti@example.com' },
              { name: 'am', kind: 'alertmanager', url: `${base}/am` },
            ],
            routes: [{ name: 'all', receivers: ['ops-hook', 'duty-slack', 'cc-teams', 'managers-mail', 'am'] }],
          },
        },
      },
      extraEnv: {
        ...reviewingEvaluatorEnv(evaluatorHarness.databaseUrl, kpiTopic),
        ALERTER_SMTP_HOST: '127.0.0.1',
        ALERTER_SMTP_PORT: String(smtpPort),
      },
    });
    evaluator = evaluatorHarness.newEvaluator();
    evaluator.start();
    alerter = harness.newAlerter();
    alerter.start();
    await waitUntilReady(evaluator);
    await waitUntilReady(alerter);
  });

  afterAll(async () => {
    await harness?.dispose().catch(() => undefined);
    await evaluatorHarness?.dispose();
    await input?.drop();
    await http?.stop();
    await smtp?.stop();
  });

  it('notifies every channel with the causes, stops repeating once acknowledged, and tells each resolution once', async () => {
    const { events, faultStart, toMessage } = surgeRun();
    // The history and the first 75 minutes of the surge; the rest after the acknowledgement.
    const cut = faultStart + 75 * 60_000;
    await produceAll(input.kafka, input.topic, events.filter((e) => Date.parse(e.time) < cut).map(toMessage), 2000);

    // 1. The surge is detected on the voice queue and every channel hears of it, causes included.
    // (Alerts of the history week, e.g. at openings, are not this test's business: only alerts that
    // started with the surge count.)
    const surgeAlertIds = (): Set<string> =>
      new Set(
        http
          .at('/hook')
          .flatMap((d) => bodyOf(d).alerts)
          .filter((a) => a.status === 'firing' && a.labels.queue === SURGE_QUEUE && Date.parse(a.startsAt) >= faultStart)
          .map((a) => a.vahti.alertId),
      );
    await expectEventually(
      () => {
        expect(surgeAlertIds().size).toBeGreaterThan(0);
      },
      { timeoutMs: 240_000, intervalMs: 500 },
    );
    type Alert = {
      id: string;
      state: string;
      labels: Record<string, string>;
      candidates: Array<{ summary: string; evidence: Record<string, unknown> }>;
    };
    const surgeAlerts = async (): Promise<Alert[]> => {
      const found: Alert[] = [];
      for (const id of surgeAlertIds()) {
        found.push((await harness.request(alerter, 'GET', `/api/v1/tenants/${TENANT}/alerts/${id}`, TENANT)).body as Alert);
      }
      return found;
    };
    // Ranked causes are attached, and the surge (volume) is named among them: the queueing KPIs
    // (service level, ASA, abandonment) go through the Erlang attribution.
    let alerts: Alert[] = [];
    await expectEventually(
      async () => {
        alerts = await surgeAlerts();
        expect(alerts.some((a) => a.candidates.some((c) => c.evidence.factor === 'volume'))).toBe(true);
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const withCauses = alerts.filter((a) => a.candidates.some((c) => c.evidence.factor === 'volume'));
    const firstCause = withCauses[0]?.candidates[0]?.summary ?? '';
    await expectEventually(
      () => {
        for (const path of [...PEOPLE, ALERTMANAGER]) {
          expect({ path, firing: http.at(path).length > 0 }).toEqual({ path, firing: true });
        }
        expect([...http.at('/slack'), ...http.at('/teams')].some((d) => d.body.includes(firstCause.slice(0, 40)))).toBe(true);
        expect(smtp.received.some((m) => m.text.includes(firstCause.slice(0, 40)))).toBe(true);
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );

    // 2. A manager acknowledges the surge's alerts: no more reminders of them while they still fire.
    const acknowledged = alerts.filter((a) => a.state === 'firing');
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const alert of acknowledged) {
      const ack = await harness.request(alerter, 'POST', `/api/v1/tenants/${TENANT}/alerts/${alert.id}/acknowledge`, TENANT, {
        by: 'duty-manager',
      });
      expect(ack.status).toBe(200);
    }
    const ackedIds = new Set(acknowledged.map((a) => a.id));
    await waitForDrainedOutbox(harness);
    const reminders = (): number =>
      http
        .at('/hook')
        .filter(
          (d) => bodyOf(d).status === 'firing' && bodyOf(d).alerts.some((a) => a.status === 'firing' && ackedIds.has(a.vahti.alertId)),
        ).length;
    const before = reminders();
    await quietPeriod(2 * REPEAT_MS + 1000);
    expect(reminders()).toBe(before);

    // 3. The rest of the day: the surge ends, each acknowledged alert resolves and is told once per channel.
    await produceAll(input.kafka, input.topic, events.filter((e) => Date.parse(e.time) >= cut).map(toMessage), 2000);
    // Resolutions of one alert on the webhook (a resolution is listed in its group's notification as resolved).
    const resolutionsOf = (id: string): number =>
      http.unique('/hook').filter((d) => bodyOf(d).alerts.some((a) => a.status === 'resolved' && a.vahti.alertId === id)).length;
    await expectEventually(
      () => {
        for (const id of ackedIds) {
          expect({ id, resolutions: resolutionsOf(id) }).toEqual({ id, resolutions: 1 });
        }
      },
      { timeoutMs: 180_000, intervalMs: 500 },
    );
    await waitForDrainedOutbox(harness);
    await quietPeriod(3000);
    for (const id of ackedIds) {
      expect(resolutionsOf(id)).toBe(1);
    }
    // Every channel was told of the resolution too.
    for (const path of ['/slack', '/teams']) {
      expect(http.at(path).some((d) => d.body.includes('[RESOLVED]'))).toBe(true);
    }
    expect(smtp.received.some((m) => (m.headers.subject ?? '').includes('[RESOLVED]'))).toBe(true);
    // Under load a slow delivery may be retried (at least once); a retry carries the same key, so
    // counting by key (what a de-duplicating receiver shows) is what the resolution check above does.
    const metrics = (await alerter.get('/metrics')).body;
    expect(metrics).toMatch(/vahti_alerter_intervals_reviewed_total({[^}]*})? [1-9]/);
  });
});

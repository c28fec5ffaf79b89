// Real: PostgreSQL, the compiled alerter killed with SIGKILL and restarted, a local HTTP webhook
// receiver and a local SMTP server. While the receivers fail and then hang mid-delivery, signals
// open three alerts and resolve one; the alerter is killed, both receivers go down and come back,
// and a new alerter process starts. Every notification in the notification log must arrive; every
// repeated delivery must carry the key of its notification, so a receiver that de-duplicates on the
// idempotency key shows each notification exactly once, and nothing it shows was not planned.
import { expectEventually } from '@vahti/testing';
import { HttpAlertReceiver, SmtpAlertReceiver } from './support/alert-receivers';
import { alertLabels, createAlerterHarness, waitForDrainedOutbox } from './support/alerter-harness';
import { waitUntilReady } from './support/ingestor-harness';

const TENANT = 'northwind';
const QUEUES = ['voice-billing', 'voice-sales', 'chat-general'];

describe('alerter crash and restart', () => {
  it('delivers every notification after a SIGKILL while the receivers are down, each key shown once', async () => {
    const http = new HttpAlertReceiver();
    const smtp = new SmtpAlertReceiver();
    const base = await http.start();
    const smtpPort = await smtp.start();
    http.mode = 'fail';
    smtp.mode = 'fail';
    const harness = await createAlerterHarness({
      tenants: [TENANT],
      routing: {
        tenants: {
          [TENANT]: {
            defaults: { groupWait: '1s', groupInterval: '2s', repeatInterval: '1h' },
            receivers: [
              { name: 'ops-hook', kind: 'webhook', url: `${base}/hook`, secret: 'integration-webhook-secret-0123456789' },
              { name: 'managers-mail', kind: 'email', to: ['cc-managers@example.com'], from: 'vahti@example.com' },
            ],
            routes: [{ name: 'all', receivers: ['ops-hook', 'managers-mail'] }],
          },
        },
      },
      extraEnv: { ALERTER_SMTP_HOST: '127.0.0.1', ALERTER_SMTP_PORT: String(smtpPort) },
    });
    try {
      const first = harness.newAlerter();
      first.start();
      await waitUntilReady(first);
      for (const queue of QUEUES) {
        const posted = await harness.postSignal(first, TENANT, {
          labels: alertLabels({ queue }),
          status: 'firing',
          summary: `Service level in ${queue} below target`,
          description: 'Service level fell below its target.',
          candidates: [{ rank: 1, summary: 'Handle time above baseline', contribution: 0.7, evidence: { ahtSeconds: 400 } }],
        });
        expect(posted.status).toBe(201);
      }

      // The receivers refuse (503, SMTP 451): every notification is retried, with its own key each time.
      await expectEventually(
        () => {
          const hookKeys = http.at('/hook').map((d) => d.key);
          const mailKeys = smtp.received.map((m) => m.key);
          expect(new Set(hookKeys).size).toBe(QUEUES.length);
          expect(new Set(mailKeys).size).toBe(QUEUES.length);
          expect(hookKeys.length).toBeGreaterThanOrEqual(2 * QUEUES.length);
          expect(mailKeys.length).toBeGreaterThanOrEqual(2 * QUEUES.length);
        },
        { timeoutMs: 30000, intervalMs: 100 },
      );

      // Now they hang: deliveries are in flight (claimed, unanswered) when the alerter dies.
      http.mode = 'hang';
      smtp.mode = 'hang';
      const resolved = await harness.postSignal(first, TENANT, {
        labels: alertLabels({ queue: QUEUES[0]! }),
        status: 'resolved',
        summary: `Service level in ${QUEUES[0]} back above target`,
        description: 'Recovered.',
        candidates: [],
      });
      expect(resolved.status).toBe(201);
      const seen = http.received.length + smtp.received.length;
      await expectEventually(() => expect(http.received.length + smtp.received.length).toBeGreaterThan(seen), {
        timeoutMs: 20000,
        intervalMs: 50,
      });
      first.kill('SIGKILL');
      expect((await first.exited()).signal).toBe('SIGKILL');
      await http.stop();
      await smtp.stop();

      // Both come back: the receivers on the same ports, then a new alerter process.
      http.mode = 'ok';
      smtp.mode = 'ok';
      await http.start();
      await smtp.start();
      const second = harness.newAlerter();
      second.start();
      await waitUntilReady(second);
      await waitForDrainedOutbox(harness, 60000);

      const log = await harness.notificationLog();
      const planned = (receiver: string): string[] =>
        log
          .filter((e) => e.receiver === receiver)
          .map((e) => e.idempotency_key)
          .sort();
      // Three firing notifications per receiver, and the resolution of the first alert (planned after the restart or before).
      expect(planned('ops-hook')).toHaveLength(QUEUES.length + 1);
      expect(planned('managers-mail')).toHaveLength(QUEUES.length + 1);
      expect(
        log
          .filter((e) => e.reason === 'resolved')
          .map((e) => e.receiver)
          .sort(),
      ).toEqual(['managers-mail', 'ops-hook']);
      expect(await harness.outboxStatuses()).toEqual({ delivered: 2 * (QUEUES.length + 1) });

      // What a de-duplicating receiver shows: each planned notification once, nothing else.
      expect(
        http
          .unique('/hook')
          .map((d) => d.key)
          .sort(),
      ).toEqual(planned('ops-hook'));
      expect(
        smtp
          .unique()
          .map((m) => m.key)
          .sort(),
      ).toEqual(planned('managers-mail'));
      // Every delivery, failed, hung or accepted, carried the key of a planned notification, and the
      // same key always came with the same content (webhook body; mail Message-ID).
      const bodies = new Map<string, string>();
      for (const d of http.at('/hook')) {
        expect(planned('ops-hook')).toContain(d.key);
        const body = d.body;
        expect(bodies.get(d.key!) ?? body).toBe(body);
        bodies.set(d.key!, body);
      }
      for (const m of smtp.received) {
        expect(planned('managers-mail')).toContain(m.key);
        expect(m.headers['message-id']).toBe(`<${m.key}@example.com>`);
      }
      // Deliveries cut off by the kill (received, never answered) came again after the restart with the
      // same key: a receiver that had acted on the first copy drops the second.
      const cutOff = [...http.at('/hook'), ...smtp.received].filter((d) => d.mode === 'hang').map((d) => d.key);
      const acceptedKeys = new Set([...http.unique('/hook'), ...smtp.unique()].map((d) => d.key));
      expect(cutOff.length).toBeGreaterThan(0);
      expect(cutOff.filter((key) => !acceptedKeys.has(key))).toEqual([]);
    } finally {
      await harness.dispose();
      await http.stop();
      await smtp.stop();
    }
  });
});

// The stack of the event-store tests (alerter-broken-data, alerter-store-lag): the ingestor's event
// store, the evaluator and the alerter on one database, with one webhook receiver for the tenant.
import { type AppProcess, expectEventually, produceAll, queryDatabase, type RawMessage, uniqueSuffix } from '@vahti/testing';
import { HttpAlertReceiver, type ReceivedHttp } from './alert-receivers';
import { createAlerterHarness, reviewingEvaluatorEnv, type AlerterHarness } from './alerter-harness';
import { createEvaluatorHarness, createInputTopic, type EvaluatorHarness } from './evaluator-harness';
import { createIngestorHarness, waitUntilReady, type IngestorHarness } from './ingestor-harness';

export interface EventStoreStack {
  readonly http: HttpAlertReceiver;
  readonly input: Awaited<ReturnType<typeof createInputTopic>>;
  readonly evaluatorHarness: EvaluatorHarness;
  readonly ingestorHarness: IngestorHarness;
  readonly harness: AlerterHarness;
  /** Runs an ingestor until `messages` are all in the event store, then stops it. */
  storeThenStop(messages: readonly RawMessage[]): Promise<void>;
  /** Starts an evaluator and an alerter and waits until both are ready. */
  startEvaluatorAndAlerter(): Promise<{ evaluator: AppProcess; alerter: AppProcess }>;
  dispose(): Promise<void>;
}

/** Builds the stack; `extraEnv` adds alerter settings. Webhook deliveries arrive at `/hook`. */
export async function createEventStoreStack(
  tenant: string,
  secret: string,
  extraEnv: Record<string, string> = {},
): Promise<EventStoreStack> {
  const http = new HttpAlertReceiver();
  const base = await http.start();
  const input = await createInputTopic(4);
  const kpiTopic = `it.kpi.${uniqueSuffix()}`;
  const evaluatorHarness = await createEvaluatorHarness({ topic: input.topic, kpiTopic });
  const ingestorHarness = await createIngestorHarness({ databaseUrl: evaluatorHarness.databaseUrl });
  const harness = await createAlerterHarness({
    tenants: [tenant],
    routing: {
      tenants: {
        [tenant]: {
          defaults: { groupWait: '1s', groupInterval: '2s', repeatInterval: '1h' },
          receivers: [{ name: 'ops-hook', kind: 'webhook', url: `${base}/hook`, secret }],
          routes: [{ name: 'all', receivers: ['ops-hook'] }],
        },
      },
    },
    extraEnv: { ...reviewingEvaluatorEnv(evaluatorHarness.databaseUrl, kpiTopic), ...extraEnv },
  });
  return {
    http,
    input,
    evaluatorHarness,
    ingestorHarness,
    harness,
    storeThenStop: async (messages) => {
      const ingestor = ingestorHarness.newIngestor();
      ingestor.start();
      await waitUntilReady(ingestor);
      await produceAll(ingestorHarness.kafka, ingestorHarness.topic, [...messages], 2000);
      await expectEventually(
        async () => {
          if ((await ingestorHarness.storedCount()) !== messages.length) {
            throw new Error('ingestor still storing');
          }
        },
        { timeoutMs: 120_000, intervalMs: 500 },
      );
      await ingestor.stop();
    },
    startEvaluatorAndAlerter: async () => {
      const evaluator = evaluatorHarness.newEvaluator();
      evaluator.start();
      const alerter = harness.newAlerter();
      alerter.start();
      await waitUntilReady(evaluator);
      await waitUntilReady(alerter);
      return { evaluator, alerter };
    },
    dispose: async () => {
      await harness.dispose().catch(() => undefined);
      await ingestorHarness.dispose().catch(() => undefined);
      await evaluatorHarness.dispose();
      await input.drop();
      await http.stop();
    },
  };
}

/** The tenant's last reviewed interval start as the alerter stored it (0 before any review). */
export async function lastReviewed(databaseUrl: string, tenant: string): Promise<number> {
  const [row] = await queryDatabase<{ last: string }>(
    databaseUrl,
    `SELECT state->>'lastReviewed' AS last FROM detector_states WHERE tenant_id = $1 AND metric = 'review-progress'`,
    [tenant],
  );
  return Number(row?.last ?? 0);
}

interface WebhookBody {
  alerts: Array<{ status: string; labels: Record<string, string>; startsAt: string }>;
}

/** The alerts of webhook deliveries. */
export const webhookAlertsOf = (deliveries: readonly ReceivedHttp[]) =>
  deliveries.flatMap((d) => (JSON.parse(d.body) as WebhookBody).alerts);

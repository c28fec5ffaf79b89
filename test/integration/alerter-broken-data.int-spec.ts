// Real parts only: the ingestor stores a week of a small centre into the event store and then stops;
// the evaluator goes on turning the events into KPIs, including a Monday with an unforecast voice
// surge. The alerter counts the event store for each interval it reviews: Monday's stream is silent
// there (the alerter first waits for the store to catch up, then, as it does not move, goes ahead), so it pages about broken data and does not alert on the KPIs computed meanwhile (the same
// surge that alerter-fault.int-spec.ts sees alerted when the data are whole).
import { type AppProcess, expectEventually, produceAll } from '@vahti/testing';
import { SURGE_QUEUE, SURGE_TENANT, surgeRun } from './support/surge-scenario';
import { waitForDrainedOutbox } from './support/alerter-harness';
import { createEventStoreStack, lastReviewed, webhookAlertsOf as alertsOf, type EventStoreStack } from './support/event-store-stack';
import { metricValue, waitUntilReady } from './support/ingestor-harness';

const TENANT = SURGE_TENANT;
const DAY_MS = 86_400_000;

describe('alerter on broken data (the event store goes silent while KPIs still flow)', () => {
  let stack: EventStoreStack;
  let alerter: AppProcess;

  beforeAll(async () => {
    stack = await createEventStoreStack(TENANT, 'broken-data-test-secret-0123456789');
  });

  afterAll(async () => {
    await stack?.dispose();
  });

  it('pages about the silent stream and keeps quiet about the KPIs computed from it', async () => {
    const { events, faultStart, toMessage } = surgeRun();
    const monday = faultStart - (faultStart % DAY_MS);
    const history = events.filter((e) => Date.parse(e.time) < monday);
    const cut = faultStart + 75 * 60_000;

    // 1. The ingestor stores the history week, then stops: nothing of Monday reaches the event store.
    const { http, evaluatorHarness, harness, input } = stack;
    await stack.storeThenStop(history.map(toMessage));

    // 2. The evaluator gets everything up to 75 minutes into the surge; the alerter reviews it.
    ({ alerter } = await stack.startEvaluatorAndAlerter());
    await produceAll(input.kafka, input.topic, events.filter((e) => Date.parse(e.time) < cut).map(toMessage), 2000);

    await expectEventually(
      () => {
        const broken = alertsOf(http.at('/hook')).filter((a) => a.status === 'firing' && a.labels.alertname === 'BrokenData');
        expect(broken.map((a) => [a.labels.kpi, a.labels.severity])).toContainEqual(['stream_silent', 'critical']);
      },
      { timeoutMs: 240_000, intervalMs: 500 },
    );
    // Wait until the alerter has reviewed the first half hour of the surge (alerter-fault sees it alerted by then).
    await expectEventually(
      async () => {
        expect(await lastReviewed(evaluatorHarness.databaseUrl, TENANT)).toBeGreaterThanOrEqual(faultStart + 30 * 60_000);
      },
      { timeoutMs: 240_000, intervalMs: 500 },
    );
    await waitForDrainedOutbox(harness);
    const surge = alertsOf(http.at('/hook')).filter(
      (a) => a.status === 'firing' && a.labels.queue === SURGE_QUEUE && Date.parse(a.startsAt) >= faultStart,
    );
    expect(surge).toEqual([]);
    const metrics = (await alerter.get('/metrics')).body;
    // Every reviewed Monday interval from the opening on was flagged (at least the 3 of the surge).
    expect(metricValue(metrics, 'vahti_alerter_intervals_broken_data_total', { reason: 'stream_silent' })).toBeGreaterThanOrEqual(3);
    // Monday was first put off as "not in the store yet", and reviewed once it had waited ALERTER_EVENT_STORE_WAIT_SECONDS.
    expect(metricValue(metrics, 'vahti_alerter_event_store_waits_total', {})).toBeGreaterThanOrEqual(1);
  });

  it('after a restart, goes on reviewing a tenant whose stream stays silent (progress restored from PostgreSQL)', async () => {
    const reviewed = (): Promise<number> => lastReviewed(stack.evaluatorHarness.databaseUrl, TENANT);
    const before = await reviewed();
    await alerter.stop();
    alerter = stack.harness.newAlerter();
    alerter.start();
    await waitUntilReady(alerter);
    // Nothing more is produced: no KPI message will name the tenant again. Its intervals still fall due
    // by the clock (the stream has been quiet longer than MAX_WAIT_MS), the last day of them at most.
    await expectEventually(
      async () => {
        expect(await reviewed()).toBeGreaterThan(Date.now() - 2 * 3_600_000);
      },
      { timeoutMs: 150_000, intervalMs: 1000 },
    );
    expect(before).toBeLessThan(Date.now() - 30 * DAY_MS);
  });
});

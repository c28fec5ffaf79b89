// Real parts only: the event store holds a week; the evaluator and the alerter then run through that
// week and a Monday while the ingestor is behind (stopped), as happens while both catch up a
// backlog. The alerter must not read Monday's absence from the store as broken data: it waits while
// the store is behind the KPIs, and reviews on once the ingestor has caught up. Before it waited,
// such a run raised "stream silent" (and, with half-stored contacts, "contacts are not ending") on
// clean days. A store that does not catch up within the wait is broken data: alerter-broken-data.int-spec.ts.
import { type AppProcess, expectEventually, produceAll } from '@vahti/testing';
import { SURGE_TENANT, surgeRun } from './support/surge-scenario';
import { waitForDrainedOutbox } from './support/alerter-harness';
import { createEventStoreStack, lastReviewed, webhookAlertsOf as alertsOf, type EventStoreStack } from './support/event-store-stack';
import { metricValue, waitUntilReady } from './support/ingestor-harness';

const TENANT = SURGE_TENANT;
const DAY_MS = 86_400_000;

describe('alerter while the event store lags the KPI stream', () => {
  let stack: EventStoreStack;
  let alerter: AppProcess;
  let ingestor: AppProcess;

  beforeAll(async () => {
    // Long enough for the ingestor to be started late on purpose, short of the test's timeouts.
    stack = await createEventStoreStack(TENANT, 'store-lag-test-secret-0123456789ab', { ALERTER_EVENT_STORE_WAIT_SECONDS: '90' });
  });

  afterAll(async () => {
    await stack?.dispose();
  });

  it('waits for the store instead of raising broken data, and reviews on once it has caught up', async () => {
    const { events, faultStart, toMessage } = surgeRun();
    const monday = faultStart - (faultStart % DAY_MS);
    const cut = faultStart + 75 * 60_000;
    const history = events.filter((e) => Date.parse(e.time) < monday).map(toMessage);
    const mondayMessages = events.filter((e) => Date.parse(e.time) >= monday && Date.parse(e.time) < cut).map(toMessage);
    const { http, ingestorHarness, evaluatorHarness, harness, input } = stack;
    const reviewedUntil = (): Promise<number> => lastReviewed(evaluatorHarness.databaseUrl, TENANT);

    // 1. The event store holds the history week; the ingestor then falls behind (stopped here).
    await stack.storeThenStop(history);

    // 2. The evaluator applies the week and Monday; the alerter reviews the week and, asked again
    // (two attempts at least), keeps waiting at its end. Without the wait it reviews Monday from a
    // store that has none of it: 7 intervals flagged as broken data in this run.
    ({ alerter } = await stack.startEvaluatorAndAlerter());
    await produceAll(input.kafka, input.topic, [...history, ...mondayMessages], 2000);
    await expectEventually(
      async () => {
        expect(metricValue((await alerter.get('/metrics')).body, 'vahti_alerter_event_store_waits_total', {})).toBeGreaterThanOrEqual(2);
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    // Nothing of Monday is reviewed while the store has none of it (how much of the week is, depends
    // on how far the catch-up cap lets the reviews start behind the stream).
    expect(await reviewedUntil()).toBeLessThan(monday);

    // 3. The ingestor catches up with Monday; the reviews follow it.
    ingestor = ingestorHarness.newIngestor();
    ingestor.start();
    await waitUntilReady(ingestor);
    await produceAll(ingestorHarness.kafka, ingestorHarness.topic, mondayMessages, 2000);
    await expectEventually(
      async () => {
        expect(await reviewedUntil()).toBeGreaterThanOrEqual(faultStart + 30 * 60_000);
      },
      { timeoutMs: 240_000, intervalMs: 500 },
    );
    await waitForDrainedOutbox(harness);
    const metrics = (await alerter.get('/metrics')).body;
    expect(metricValue(metrics, 'vahti_alerter_intervals_broken_data_total', {})).toBe(0);
    expect(alertsOf(http.at('/hook')).filter((a) => a.labels.alertname === 'BrokenData')).toEqual([]);
  });
});

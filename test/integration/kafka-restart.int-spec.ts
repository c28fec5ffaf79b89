// Real: a Kafka broker owned by this test (started by deploy/kafka/kafka.sh on its own ports and
// data folder, so it can be restarted), PostgreSQL, the compiled ingestor as a child process.
import { OwnKafkaBroker, expectEventually } from '@vahti/testing';
import { createIngestorHarness, expectStoredExactlyOnce, waitUntilReady, type IngestorHarness } from './support/ingestor-harness';
import { produceOverTime, validMessages } from './support/event-stream';

describe('ingestor across a Kafka broker restart', () => {
  const port = 29092 + Math.floor(Math.random() * 500) * 2;
  const broker = new OwnKafkaBroker(port, port + 1);
  let h: IngestorHarness;

  beforeAll(async () => {
    broker.start();
    h = await createIngestorHarness({ partitions: 4, brokers: broker.brokers });
  });

  afterAll(async () => {
    await h?.dispose();
    broker.destroy();
  });

  it('reconnects by itself and stores every event exactly once', async () => {
    const before = validMessages(10000, 'kafka-a');
    const after = validMessages(10000, 'kafka-b');
    const app = h.newIngestor({ INGEST_WRITE_CHUNK: '500' });
    app.start();
    await waitUntilReady(app);
    await produceOverTime(h.kafka, h.topic, before, 10, 50);
    await expectEventually(async () => expect(await h.storedCount()).toBeGreaterThan(5000), { timeoutMs: 60000, intervalMs: 20 });

    broker.stop();
    await expectEventually(async () => expect((await app.get('/health')).status).toBe(503), { timeoutMs: 60000 });
    broker.start();

    await expectEventually(async () => expect((await app.get('/health')).status).toBe(200), { timeoutMs: 120000, intervalMs: 500 });
    expect(app.running).toBe(true);
    await produceOverTime(h.kafka, h.topic, after, 10, 50);
    await expectEventually(async () => expect(await h.storedCount()).toBe(before.length + after.length), { timeoutMs: 120000 });
    await expectStoredExactlyOnce(h, 20000);
  });
});

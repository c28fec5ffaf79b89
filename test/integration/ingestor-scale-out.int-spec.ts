// Real: Kafka, PostgreSQL, two compiled ingestors in one consumer group as child processes.
import { expectEventually } from '@vahti/testing';
import {
  createIngestorHarness,
  expectStoredExactlyOnce,
  metricValue,
  waitUntilReady,
  type IngestorHarness,
} from './support/ingestor-harness';
import { produceOverTime, validMessages } from './support/event-stream';

describe('two ingestors in one consumer group', () => {
  let h: IngestorHarness;

  beforeAll(async () => {
    h = await createIngestorHarness({ partitions: 6 });
  });

  afterAll(async () => {
    await h?.dispose();
  });

  it('share the partitions, and the survivor takes over when one dies, storing every event once', async () => {
    const messages = validMessages(24000, 'scale');
    const a = h.newIngestor({ INGEST_WRITE_CHUNK: '500', INGEST_SESSION_TIMEOUT_MS: '6000' });
    const b = h.newIngestor({
      INGEST_WRITE_CHUNK: '500',
      INGEST_SESSION_TIMEOUT_MS: '6000',
      HTTP_PORT: String(Number(h.env.HTTP_PORT) + 100),
    });
    a.start();
    b.start();
    await Promise.all([waitUntilReady(a), waitUntilReady(b)]);
    const producing = produceOverTime(h.kafka, h.topic, messages, 24, 100);

    // Both members get work while both are alive.
    await expectEventually(
      async () => {
        const [ma, mb] = await Promise.all([a.get('/metrics'), b.get('/metrics')]);
        expect(metricValue(ma.body, 'vahti_ingestor_events_stored_total')).toBeGreaterThan(0);
        expect(metricValue(mb.body, 'vahti_ingestor_events_stored_total')).toBeGreaterThan(0);
      },
      { timeoutMs: 60000 },
    );
    b.kill('SIGKILL');
    await producing;
    await expectStoredExactlyOnce(h, messages.length);
    expect(a.running).toBe(true);
  });
});

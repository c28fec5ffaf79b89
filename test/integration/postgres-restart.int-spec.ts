// Real: Kafka, a PostgreSQL server owned by this test (own port and data folder, so it can be
// stopped and started), the compiled ingestor as a child process. Mocked: nothing.
import { OwnPostgresServer, expectEventually, withDatabase } from '@vahti/testing';
import {
  createIngestorHarness,
  expectStoredExactlyOnce,
  metricValue,
  waitUntilReady,
  type IngestorHarness,
} from './support/ingestor-harness';
import { produceOverTime, validMessages } from './support/event-stream';

describe('ingestor across a PostgreSQL restart', () => {
  const server = new OwnPostgresServer();
  let h: IngestorHarness;

  beforeAll(async () => {
    server.init();
    server.start();
    await server.query('CREATE DATABASE vahti');
    h = await createIngestorHarness({ partitions: 4, databaseUrl: withDatabase(server.url, 'vahti') });
  });

  afterAll(async () => {
    await h?.dispose();
    server.destroy();
  });

  it('pauses, reports not ready, resumes by itself, and stores every event exactly once', async () => {
    const messages = validMessages(20000, 'pg');
    const app = h.newIngestor({ DATABASE_RUN_MIGRATIONS: 'true', INGEST_WRITE_CHUNK: '500' });
    app.start();
    await waitUntilReady(app);
    const producing = produceOverTime(h.kafka, h.topic, messages, 40, 150);
    await expectEventually(async () => expect(await h.storedCount()).toBeGreaterThan(2000), { timeoutMs: 60000, intervalMs: 20 });

    server.stop('fast');
    await expectEventually(
      async () => {
        const health = await app.get('/health');
        expect(health.status).toBe(503);
        expect(health.body).toContain('database');
      },
      { timeoutMs: 30000 },
    );
    await expectEventually(async () => expect(metricValue((await app.get('/metrics')).body, 'vahti_ingestor_consumption_paused')).toBe(1), {
      timeoutMs: 30000,
    });
    expect(app.running).toBe(true);

    server.start();
    await expectEventually(async () => expect((await app.get('/health')).status).toBe(200), { timeoutMs: 60000 });
    await producing;
    await expectStoredExactlyOnce(h, messages.length);
    expect(metricValue((await app.get('/metrics')).body, 'vahti_ingestor_consumption_paused')).toBe(0);
  });
});

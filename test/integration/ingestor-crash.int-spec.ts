// Real: Kafka, PostgreSQL, the compiled ingestor as a child process killed with real signals.
import { expectEventually } from '@vahti/testing';
import {
  createIngestorHarness,
  expectStoredExactlyOnce,
  metricValue,
  waitUntilReady,
  type IngestorHarness,
} from './support/ingestor-harness';
import { produceOverTime, validMessages } from './support/event-stream';

describe('ingestor crash safety', () => {
  let h: IngestorHarness;

  beforeEach(async () => {
    h = await createIngestorHarness({ partitions: 4 });
  });

  afterEach(async () => {
    await h.dispose();
  });

  it('loses nothing and stores nothing twice when killed with SIGKILL mid-stream', async () => {
    const messages = validMessages(30000, 'kill');
    // Small chunks make many commit points, so the kill lands between a write and its commit often.
    // A short session lets the group hand the dead member's partitions on quickly.
    const first = h.newIngestor({ INGEST_WRITE_CHUNK: '200', INGEST_SESSION_TIMEOUT_MS: '6000' });
    first.start();
    await waitUntilReady(first);
    const producing = produceOverTime(h.kafka, h.topic, messages, 30, 100);

    await expectEventually(async () => expect(await h.storedCount()).toBeGreaterThan(3000), { timeoutMs: 60000, intervalMs: 20 });
    first.kill('SIGKILL');
    expect((await first.exited()).signal).toBe('SIGKILL');
    const atKill = await h.storedCount();
    expect(atKill).toBeLessThan(messages.length); // the kill really was mid-stream

    const second = h.newIngestor({ INGEST_WRITE_CHUNK: '200', INGEST_SESSION_TIMEOUT_MS: '6000' });
    second.start();
    await waitUntilReady(second);
    await producing;
    await expectStoredExactlyOnce(h, messages.length);
    const metrics = (await second.get('/metrics')).body;
    // Whatever the first process wrote but had not committed was redelivered and recognised.
    expect(metricValue(metrics, 'vahti_ingestor_events_stored_total') + atKill).toBeGreaterThanOrEqual(messages.length);
  });

  it('finishes the chunk in hand and exits 0 on SIGTERM, then resumes where it stopped', async () => {
    const messages = validMessages(20000, 'term');
    const first = h.newIngestor({ INGEST_WRITE_CHUNK: '500' });
    first.start();
    await waitUntilReady(first);
    const producing = produceOverTime(h.kafka, h.topic, messages, 20, 100);
    await expectEventually(async () => expect(await h.storedCount()).toBeGreaterThan(2000), { timeoutMs: 60000, intervalMs: 20 });
    first.kill('SIGTERM');
    const exit = await first.exited();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(first.output).toContain('consumer stopped cleanly');
    const afterExit = await h.storedCount();
    expect(afterExit).toBeLessThan(messages.length);

    const second = h.newIngestor({ INGEST_WRITE_CHUNK: '500' });
    second.start();
    await waitUntilReady(second);
    await producing;
    await expectStoredExactlyOnce(h, messages.length);
    // A clean stop commits what it stored, so nothing comes back as a duplicate.
    expect(metricValue((await second.get('/metrics')).body, 'vahti_ingestor_events_duplicate_total')).toBe(0);
  });
});

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kafka } from 'kafkajs';
import {
  AppProcess,
  createTestDatabase,
  createTopic,
  expectEventually,
  groupLag,
  queryDatabase,
  testEnvironment,
  testKafka,
  uniqueSuffix,
} from '@vahti/testing';

let nextPort = 3950;
const LOG_DIR = resolve(__dirname, '../../../.cache/test-logs');

/** Everything one ingestor test needs of its own: topics, group, database, HTTP port. */
export interface IngestorHarness {
  kafka: Kafka;
  topic: string;
  dlqTopic: string;
  groupId: string;
  databaseUrl: string;
  env: Record<string, string>;
  newIngestor(extra?: Record<string, string>): AppProcess;
  storedCount(): Promise<number>;
  lag(): Promise<number>;
  dispose(): Promise<void>;
}

/** Unique topics, consumer group and database per test, so tests never see each other's data. */
export async function createIngestorHarness({
  partitions = 4,
  databaseUrl,
  brokers = testEnvironment.kafkaBrokers,
}: { partitions?: number; databaseUrl?: string; brokers?: string } = {}): Promise<IngestorHarness> {
  const suffix = uniqueSuffix();
  const kafka = testKafka(`it-${suffix}`, brokers);
  const topic = `it.events.${suffix}`;
  const dlqTopic = `${topic}.dlq`;
  const groupId = `it-ingestor-${suffix}`;
  await createTopic(kafka, topic, partitions);
  await createTopic(kafka, dlqTopic, partitions);
  const database = databaseUrl === undefined ? await createTestDatabase() : undefined;
  const url = databaseUrl ?? database!.url;
  const port = String(nextPort++);
  const env: Record<string, string> = {
    HTTP_PORT: port,
    KAFKA_BROKERS: brokers,
    DATABASE_URL: url,
    INGEST_TOPIC: topic,
    INGEST_DLQ_TOPIC: dlqTopic,
    INGEST_GROUP_ID: groupId,
    INGEST_TOPIC_PARTITIONS: String(partitions),
    PSEUDONYMISATION_KEY: 'integration-test-pseudonymisation-key',
    LOG_LEVEL: 'info',
  };
  const processes: AppProcess[] = [];
  return {
    kafka,
    topic,
    dlqTopic,
    groupId,
    databaseUrl: url,
    env,
    newIngestor: (extra = {}) => {
      // Each process's log is kept in .cache/test-logs for post-mortems.
      mkdirSync(LOG_DIR, { recursive: true });
      const app = new AppProcess('ingestor', { ...env, ...extra }, join(LOG_DIR, `${topic}-${processes.length}.log`));
      processes.push(app);
      return app;
    },
    storedCount: async () => Number((await queryDatabase<{ n: string }>(url, 'SELECT count(*) AS n FROM events'))[0]!.n),
    lag: () => groupLag(kafka, groupId, topic),
    dispose: async () => {
      await Promise.all(processes.map((p) => p.stop()));
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteTopics({ topics: [topic, dlqTopic] }).catch(() => undefined);
      await admin.disconnect();
      await database?.drop();
    },
  };
}

/** Polls /health until the app reports ready (HTTP 200). */
export async function waitUntilReady(app: AppProcess, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await app.get('/health').catch(() => undefined);
    if (res?.status === 200) {
      return;
    }
    if (!app.running || Date.now() > deadline) {
      throw new Error(`ingestor not ready (running=${app.running}); output:\n${app.output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Reads one counter or gauge from a /metrics body, summing the series that match `labels`. */
export function metricValue(body: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of body.split('\n')) {
    if (!line.startsWith(name)) {
      continue;
    }
    const match = /^([a-z_:]+)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!match || match[1] !== name) {
      continue;
    }
    const labelText = match[2] ?? '';
    if (Object.entries(labels).every(([k, v]) => labelText.includes(`${k}="${v}"`))) {
      sum += Number(match[3]);
    }
  }
  return sum;
}

/**
 * Waits until the group has committed everything, then asserts that exactly `expected` events are
 * stored and no key twice: nothing lost, nothing counted twice.
 */
export async function expectStoredExactlyOnce(h: IngestorHarness, expected: number): Promise<void> {
  await expectEventually(async () => expect(await h.lag()).toBe(0), { timeoutMs: 120000 });
  const [row] = await queryDatabase<{ n: string; d: string }>(
    h.databaseUrl,
    'SELECT count(*) AS n, count(DISTINCT (tenant_id, source, event_id)) AS d FROM events',
  );
  expect({ stored: Number(row!.n), distinct: Number(row!.d) }).toEqual({ stored: expected, distinct: expected });
}

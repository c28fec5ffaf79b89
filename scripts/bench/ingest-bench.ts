// npm run bench:ingest — sustained end-to-end ingest rate (topic → committed PostgreSQL rows) of one
// ingestor process, beside a plain kafkajs consumer that only reads the same topic in the same run.
import { EVENT_TYPES, createEventValidator, type EventType } from '@vahti/contracts';
import { createPseudonymiser, decodeRecord } from '@vahti/ingestion';
import { EventStoreRepository, createDataSource, runMigrations, type StoredEventRow } from '@vahti/persistence';
import { rawConsumerRate } from './raw-consumer-rate';
import {
  AppProcess,
  adminQuery,
  createTopic,
  expectEventually,
  makeEvent,
  produceAll,
  queryDatabase,
  testEnvironment,
  testKafka,
  uniqueSuffix,
  withDatabase,
  type RawMessage,
} from '@vahti/testing';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200000);
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 4);
const TENANTS = ['acme', 'globex', 'initech'];
const CONTACT_TYPES = EVENT_TYPES.filter((t) => t.startsWith('io.vahti.contact.'));

function generate(n: number): RawMessage[] {
  const messages: RawMessage[] = [];
  for (let i = 0; i < n; i += 1) {
    const tenantid = TENANTS[i % TENANTS.length]!;
    const type = CONTACT_TYPES[i % CONTACT_TYPES.length] as EventType;
    const event = makeEvent(type, { tenantid, id: `bench-${i}`, data: { queueId: `q-${i % 16}` } });
    const queueId = (event.data as { queueId?: string }).queueId ?? 'none';
    messages.push({ key: `${tenantid}/${queueId}`, value: JSON.stringify(event) });
  }
  return messages;
}

/** Runs the compiled ingestor on the topic; returns stored events/s measured on committed rows. */
async function ingestorRate(topic: string, total: number): Promise<{ rate: number; stored: number }> {
  const db = `vahti_bench_${uniqueSuffix()}`;
  await adminQuery(`CREATE DATABASE ${db}`);
  const url = withDatabase(testEnvironment.adminDatabaseUrl, db);
  const app = new AppProcess('ingestor', {
    HTTP_PORT: '3901',
    KAFKA_BROKERS: testEnvironment.kafkaBrokers,
    DATABASE_URL: url,
    DATABASE_RUN_MIGRATIONS: 'true',
    INGEST_TOPIC: topic,
    INGEST_DLQ_TOPIC: `${topic}.dlq`,
    INGEST_GROUP_ID: `bench-ingestor-${uniqueSuffix()}`,
    PSEUDONYMISATION_KEY: 'bench-only-pseudonymisation-key',
    LOG_LEVEL: 'warn',
    // Tuning knobs pass through, e.g. INGEST_WRITE_CHUNK=10000 npm run bench:ingest.
    ...Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => /^(INGEST_|DATABASE_POOL)/.test(e[0]))),
  });
  app.start();
  try {
    // Progress is read from the ingestor's counter of committed rows, not with count(*), which
    // would scan the growing table every poll and steal the database's CPU from the ingestor.
    const stored = async () => {
      const body = await app
        .get('/metrics')
        .then((r) => r.body)
        .catch(() => '');
      return body
        .split('\n')
        .filter((l) => l.startsWith('vahti_ingestor_events_stored_total'))
        .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
    };
    let startCount = 0;
    let start = 0n;
    await expectEventually(
      async () => {
        const n = await stored();
        if (n === 0) {
          throw new Error('not started');
        }
        startCount = n;
        start = process.hrtime.bigint();
      },
      { timeoutMs: 120000, intervalMs: 20 },
    );
    let end = 0n;
    await expectEventually(
      async () => {
        const n = await stored();
        if (n < total) {
          throw new Error(`${n}/${total}`);
        }
        end = process.hrtime.bigint();
      },
      { timeoutMs: 600000, intervalMs: 50 },
    );
    const [row] = await queryDatabase<{ n: string }>(url, 'SELECT count(*) AS n FROM events');
    return { rate: ((total - startCount) * 1e9) / Number(end - start), stored: Number(row!.n) };
  } finally {
    await app.stop();
    await adminQuery(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}

/**
 * The database side alone: the same rows, already decoded, written with the ingestor's own
 * repository in chunks of 5,000, one after another. Shows how much of the gap to the plain
 * Kafka read is PostgreSQL's.
 */
async function databaseWriteRate(messages: readonly RawMessage[]): Promise<number> {
  const ctx = {
    validate: createEventValidator(),
    pseudonymise: createPseudonymiser('bench-only-pseudonymisation-key'),
    maxEventBytes: 65536,
    maxFutureSkewMs: 300000,
    now: new Date(),
  };
  const rows: StoredEventRow[] = messages.map((m, i) => {
    const outcome = decodeRecord(Buffer.from(m.value as string), ctx);
    if (!outcome.ok) {
      throw new Error(outcome.detail);
    }
    return { ...outcome.event, kafkaPartition: 0, kafkaOffset: String(i) };
  });
  const db = `vahti_bench_${uniqueSuffix()}`;
  await adminQuery(`CREATE DATABASE ${db}`);
  const dataSource = createDataSource(
    {
      DATABASE_URL: withDatabase(testEnvironment.adminDatabaseUrl, db),
      DATABASE_POOL_MAX: 2,
      DATABASE_RUN_MIGRATIONS: true,
      DATABASE_STATEMENT_TIMEOUT_MS: 60000,
    },
    'vahti-bench',
  );
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    const store = new EventStoreRepository(dataSource);
    const start = process.hrtime.bigint();
    for (let i = 0; i < rows.length; i += 5000) {
      await store.append(rows.slice(i, i + 5000));
    }
    return (rows.length * 1e9) / Number(process.hrtime.bigint() - start);
  } finally {
    await dataSource.destroy();
    await adminQuery(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  const topic = `bench.events.${uniqueSuffix()}`;
  const kafka = testKafka('bench');
  await createTopic(kafka, topic, PARTITIONS);
  await createTopic(kafka, `${topic}.dlq`, PARTITIONS);
  const messages = generate(EVENTS);
  const bytes = messages.reduce((s, m) => s + Buffer.byteLength(m.value as string), 0);
  process.stdout.write(`producing ${EVENTS} events (${(bytes / EVENTS).toFixed(0)} B average) to ${topic} (${PARTITIONS} partitions)...\n`);
  await produceAll(kafka, topic, messages, 2000);

  const rawBefore = await rawConsumerRate(topic, EVENTS);
  const ingest = await ingestorRate(topic, EVENTS);
  const rawAfter = await rawConsumerRate(topic, EVENTS);
  const raw = (rawBefore + rawAfter) / 2;
  const dbOnly = await databaseWriteRate(messages);
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  process.stdout.write(
    [
      '',
      `events                         ${fmt(EVENTS)} (stored: ${fmt(ingest.stored)})`,
      `plain kafkajs consumer (read)  ${fmt(rawBefore)} / ${fmt(rawAfter)} events/s (before / after), mean ${fmt(raw)}`,
      `ingestor end-to-end (stored)   ${fmt(ingest.rate)} events/s`,
      `ratio ingestor / plain read    ${(ingest.rate / raw).toFixed(2)}`,
      `reference: PostgreSQL write alone (decoded rows, same repository, 5,000 per transaction) ${fmt(dbOnly)} rows/s`,
      `ratio ingestor / database write alone ${(ingest.rate / dbOnly).toFixed(2)}`,
      '',
    ].join('\n'),
  );
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic, `${topic}.dlq`] }).catch(() => undefined);
  await admin.disconnect();
  if (ingest.stored !== EVENTS) {
    throw new Error(`stored ${ingest.stored} of ${EVENTS}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

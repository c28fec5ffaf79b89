// Feeds an NDJSON file of events into the ingestor's topic, waits until the ingestor has committed
// all of it, then prints what was stored and what was dead-lettered, read back from PostgreSQL,
// the dead-letter topic and the ingestor's /metrics.
import { readFileSync } from 'node:fs';
import { partitionKey } from '@vahti/contracts';
import { DEAD_LETTER_HEADERS } from '@vahti/messaging';
import { expectEventually, groupLag, produceAll, queryDatabase, testKafka, type RawMessage } from '@vahti/testing';

const file = process.argv[2] ?? 'test/fixtures/events/sample.ndjson';
const topic = process.env.INGEST_TOPIC ?? 'cc.events';
const dlq = process.env.INGEST_DLQ_TOPIC ?? 'cc.events.dlq';
const group = process.env.INGEST_GROUP_ID ?? 'vahti-ingestor';
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vahti';
const metricsUrl = `http://127.0.0.1:${process.env.HTTP_PORT ?? '3001'}/metrics`;

/** Producers key by tenant and queue (docs/events.md); lines that are not JSON get no key. */
function keyOf(line: string): string | null {
  try {
    return partitionKey(JSON.parse(line) as never);
  } catch {
    return null;
  }
}

async function metric(name: string): Promise<Map<string, number>> {
  const body = await (await fetch(metricsUrl)).text();
  const out = new Map<string, number>();
  for (const line of body.split('\n')) {
    const m = /^([a-z_]+)(\{[^}]*\})?\s+(\S+)$/.exec(line);
    if (m && m[1] === name) {
      out.set(m[2] ?? '', Number(m[3]));
    }
  }
  return out;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

async function main(): Promise<void> {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const kafka = testKafka('vahti-demo');
  const admin = kafka.admin();
  await admin.connect();
  const dlqStart = new Map((await admin.fetchTopicOffsets(dlq)).map((p) => [p.partition, BigInt(p.high)]));
  const before = { stored: sum(await metric('vahti_ingestor_events_stored_total')) };

  const messages: RawMessage[] = lines.map((line) => ({ key: keyOf(line), value: line }));
  await produceAll(kafka, topic, messages);
  console.log(`\nfed ${messages.length} lines of ${file} into ${topic}`);
  await expectEventually(
    async () => {
      if ((await groupLag(kafka, group, topic)) !== 0) {
        throw new Error('ingestor still catching up');
      }
    },
    { timeoutMs: 120000 },
  );

  const stored = await metric('vahti_ingestor_events_stored_total');
  const duplicates = sum(await metric('vahti_ingestor_events_duplicate_total'));
  console.log(`\nstored now: ${sum(stored) - before.stored}   duplicates skipped: ${duplicates}`);
  const byType = await queryDatabase<{ tenant_id: string; type: string; n: string }>(
    databaseUrl,
    `SELECT tenant_id, type, count(*) AS n FROM events GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  console.log('\nevent store (all runs), by tenant and type:');
  console.table(byType.map((r) => ({ tenant: r.tenant_id, type: r.type, events: Number(r.n) })));

  const dlqEnd = await admin.fetchTopicOffsets(dlq);
  const expected = dlqEnd.reduce((s, p) => s + Number(BigInt(p.high) - (dlqStart.get(p.partition) ?? 0n)), 0);
  const letters: Array<{ partition: string; offset: string; reason: string; detail: string }> = [];
  if (expected > 0) {
    const consumer = kafka.consumer({ groupId: `vahti-demo-reader-${Date.now()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: dlq, fromBeginning: true });
    await new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          if (BigInt(message.offset) >= (dlqStart.get(partition) ?? 0n)) {
            const h = (k: string) => String(message.headers?.[k] ?? '');
            letters.push({
              partition: h(DEAD_LETTER_HEADERS.partition),
              offset: h(DEAD_LETTER_HEADERS.offset),
              reason: h(DEAD_LETTER_HEADERS.reason),
              detail: h(DEAD_LETTER_HEADERS.detail),
            });
          }
          if (letters.length >= expected) {
            resolve();
          }
          return Promise.resolve();
        },
      });
    });
    await consumer.disconnect();
  }
  console.log(`\ndead-lettered in this run: ${letters.length} (topic ${dlq})`);
  console.table(
    letters.map((l) => ({ 'source partition': l.partition, offset: l.offset, reason: l.reason, detail: l.detail.slice(0, 90) })),
  );
  await admin.disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

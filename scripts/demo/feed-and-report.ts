// Feeds events into the ingestor's topic — the lines of an NDJSON file, or (with --simulate) what the
// simulator CLI publishes for a scenario — waits until the ingestor has committed all of it, then
// reports what happened to every record: stored, recognised as a duplicate, or dead-lettered (with
// the reason), read back from the ingestor's /metrics, PostgreSQL and the dead-letter topic.
//   feed-and-report.ts <file.ndjson>
//   feed-and-report.ts --simulate <scenario.yaml> [--days N] [--history-weeks W]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { partitionKey } from '@vahti/contracts';
import { DEAD_LETTER_HEADERS } from '@vahti/messaging';
import { produceAll, queryDatabase, testKafka, type RawMessage } from '@vahti/testing';
import { untilCaughtUp } from './caught-up';
import { table } from './text-table';

const args = parseArgs({
  allowPositionals: true,
  options: { simulate: { type: 'string' }, days: { type: 'string', default: '1' }, 'history-weeks': { type: 'string', default: '0' } },
});
const file = args.positionals[0] ?? 'test/fixtures/events/sample.ndjson';
const SIMULATOR = 'dist/apps/simulator/apps/simulator/src/main.js';
const topic = process.env.INGEST_TOPIC ?? 'cc.events';
const dlq = process.env.INGEST_DLQ_TOPIC ?? 'cc.events.dlq';
const group = process.env.INGEST_GROUP_ID ?? 'vahti-ingestor';
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vahti';
const metricsUrl = `http://127.0.0.1:${process.env.HTTP_PORT ?? '3001'}/metrics`;
// Travels with each record (dead letters keep the original headers), so a dead letter names its line.
const LINE_HEADER = 'demo-line';

interface Letter {
  line: string;
  reason: string;
  detail: string;
  tenant: string;
  type: string;
  id: string;
}

/** Producers key by tenant and queue (docs/events.md); lines that are not JSON get no key. */
function keyOf(line: string): string | null {
  try {
    return partitionKey(JSON.parse(line) as never);
  } catch {
    return null;
  }
}

/** Sum of a counter over all its series, from the ingestor's /metrics. */
async function counter(name: string): Promise<number> {
  const body = await (await fetch(metricsUrl)).text();
  return body
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
    .reduce((s, l) => s + Number(l.split(' ').pop()), 0);
}

async function counters(): Promise<{ stored: number; duplicates: number; deadLettered: number }> {
  return {
    stored: await counter('vahti_ingestor_events_stored_total'),
    duplicates: await counter('vahti_ingestor_events_duplicate_total'),
    deadLettered: await counter('vahti_ingestor_events_dead_lettered_total'),
  };
}

/** What a dead letter was, as far as its bytes can still be read. */
function describe(value: Buffer | null): Pick<Letter, 'tenant' | 'type' | 'id'> {
  try {
    const e = JSON.parse(value?.toString('utf8') ?? '') as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 40) : '-');
    return { tenant: text(e.tenantid), type: text(e.type), id: text(e.id) };
  } catch {
    return { tenant: '-', type: '-', id: '-' };
  }
}

async function readDeadLetters(kafka: ReturnType<typeof testKafka>, from: Map<number, bigint>, count: number): Promise<Letter[]> {
  const letters: Letter[] = [];
  if (count === 0) {
    return letters;
  }
  const consumer = kafka.consumer({ groupId: `vahti-demo-reader-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe({ topic: dlq, fromBeginning: true });
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: ({ partition, message }) => {
        if (BigInt(message.offset) >= (from.get(partition) ?? 0n)) {
          const h = (k: string) => String(message.headers?.[k] ?? '');
          letters.push({
            line: h(LINE_HEADER),
            reason: h(DEAD_LETTER_HEADERS.reason),
            detail: h(DEAD_LETTER_HEADERS.detail),
            ...describe(message.value),
          });
        }
        if (letters.length >= count) {
          resolve();
        }
        return Promise.resolve();
      },
    });
  });
  await consumer.disconnect();
  return letters.sort((a, b) => Number(a.line) - Number(b.line));
}

/** Sends the records and says where they came from. */
async function feed(kafka: ReturnType<typeof testKafka>): Promise<string> {
  if (args.values.simulate !== undefined) {
    const scenario = args.values.simulate;
    const history = args.values['history-weeks'];
    console.log(`\n== simulating ${history} fault-free week(s), then ${args.values.days} day(s) of ${scenario}, into ${topic}`);
    execFileSync(
      process.execPath,
      [SIMULATOR, '--scenario', scenario, '--days', args.values.days, '--history-weeks', history, '--kafka', '--topic', topic],
      { stdio: ['ignore', 'inherit', 'ignore'] },
    );
    return `simulated ${scenario}`;
  }
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, number: i + 1 }))
    .filter((l) => l.text.trim() !== '');
  const messages: RawMessage[] = lines.map((l) => ({ key: keyOf(l.text), value: l.text, headers: { [LINE_HEADER]: String(l.number) } }));
  await produceAll(kafka, topic, messages);
  return file;
}

async function endOffsets(admin: ReturnType<ReturnType<typeof testKafka>['admin']>, name: string): Promise<Map<number, bigint>> {
  return new Map((await admin.fetchTopicOffsets(name)).map((p) => [p.partition, BigInt(p.high)]));
}

function delta(from: Map<number, bigint>, to: Map<number, bigint>): number {
  return [...to].reduce((sum, [partition, high]) => sum + Number(high - (from.get(partition) ?? 0n)), 0);
}

async function main(): Promise<void> {
  const kafka = testKafka('vahti-demo');
  const admin = kafka.admin();
  await admin.connect();
  const dlqStart = await endOffsets(admin, dlq);
  const topicStart = await endOffsets(admin, topic);
  const before = await counters();

  const origin = await feed(kafka);
  const fed = delta(topicStart, await endOffsets(admin, topic));
  await untilCaughtUp(kafka, group, topic, 'the ingestor', 120_000);
  const after = await counters();
  const stored = after.stored - before.stored;
  const duplicates = after.duplicates - before.duplicates;
  const deadLettered = after.deadLettered - before.deadLettered;

  console.log(`\n${origin}: ${fed} records fed into ${topic}, all committed by the ingestor`);
  console.log(`  ${stored} stored as new events`);
  console.log(`  ${duplicates} recognised as duplicates (same tenant, source and id as an event already stored) and not stored again`);
  console.log(`  ${deadLettered} dead-lettered to ${dlq}${deadLettered > 0 ? ' (listed below)' : ''}`);
  console.log(`  ${stored + duplicates + deadLettered === fed ? 'every record is accounted for' : 'WARNING: the counts do not add up'}`);

  const byType = await queryDatabase<{ tenant_id: string; type: string; n: string }>(
    databaseUrl,
    `SELECT tenant_id, type, count(*) AS n FROM events GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  console.log(`\nEvent store ${databaseUrl.replace(/\/\/[^@]*@/, '//')} (it keeps events across runs), by tenant and type:\n`);
  console.log(table(byType.map((r) => ({ tenant: r.tenant_id, type: r.type, events: r.n }))));

  const expected = delta(dlqStart, await endOffsets(admin, dlq));
  await admin.disconnect();
  const letters = await readDeadLetters(kafka, dlqStart, expected);
  if (letters.length > 0) {
    console.log(`\nDead letters of this run (${letters.length}); each keeps the original bytes and these headers:\n`);
    console.log(
      table(letters.map((l) => ({ line: l.line, reason: l.reason, tenant: l.tenant, type: l.type, id: l.id, detail: l.detail }))),
    );
  }
  console.log('');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

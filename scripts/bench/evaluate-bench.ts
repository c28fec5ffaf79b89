// npm run bench:evaluate — the evaluator's figures, each beside a reference measured in the same run:
//  1. events/s applied (topic → committed aggregates) on 30 simulated days of a mid-size tenant,
//     beside a plain kafkajs consumer that only reads the same topic;
//  2. KPI freshness (event time → gauges updated) p50/p99 while 5,000 events/s flow in live;
//  3. REST latency of the 30-day scorecard and KPI list, beside GET /health/live on the same app.
import { createHash } from 'node:crypto';
import os from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { partitionKey, type VahtiEvent } from '@vahti/contracts';
import { streamContactCenter } from '@vahti/simulation';
import {
  AppProcess,
  adminQuery,
  createTopic,
  expectEventually,
  loadScenario,
  produceAll,
  testEnvironment,
  testKafka,
  uniqueSuffix,
  withDatabase,
  type RawMessage,
} from '@vahti/testing';
import type { Producer } from 'kafkajs';
import { cpuSnapshot, cpuSpent } from './cpu-accounting';
import { rawConsumerRate } from './raw-consumer-rate';

const DAYS = Number(process.env.BENCH_DAYS ?? 30);
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 4);
const LIVE_RATE = Number(process.env.BENCH_LIVE_RATE ?? 5000);
const LIVE_SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 30);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const API_WRITE_RATE = Number(process.env.BENCH_API_WRITE_RATE ?? 500);
const API_KEY = `bench-key-${uniqueSuffix()}`;
/** Evaluator instances of the scale-out measurement (one consumer group, one database); 0 skips it. */
const SCALE_OUT = Number(process.env.BENCH_SCALE_OUT ?? 2);
/** A folder: the throughput instance writes a V8 CPU profile there (`node --cpu-prof`) when it stops. */
const CPU_PROF = process.env.BENCH_CPU_PROF;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  const kafka = testKafka('bench-evaluate');
  const topic = `bench.eval.${uniqueSuffix()}`;
  await createTopic(kafka, topic, PARTITIONS);
  const scenario = loadScenario('baseline-midsize.yaml', { days: DAYS });
  const messages: RawMessage[] = [];
  const lastDay: VahtiEvent[] = [];
  let lastTime = '';
  streamContactCenter(scenario, (event) => {
    messages.push({ key: partitionKey(event), value: JSON.stringify(event) });
    lastTime = event.time;
    if (lastDay.length > 0 && lastDay[0]!.time.slice(0, 10) !== event.time.slice(0, 10)) {
      lastDay.length = 0;
    }
    lastDay.push(event);
  });
  process.stdout.write(
    `producing ${fmt(messages.length)} events (${DAYS} simulated days of ${scenario.tenant}) to ${topic} (${PARTITIONS} partitions)...\n`,
  );
  await produceAll(kafka, topic, messages, 2000);

  const keysFile = join(process.cwd(), '.cache', `bench-keys-${uniqueSuffix()}.txt`);
  writeFileSync(keysFile, `${scenario.tenant}: ${createHash('sha256').update(API_KEY).digest('hex')}\n`);

  const rawBefore = await rawConsumerRate(topic, messages.length);
  const evaluation = await withEvaluator(topic, keysFile, async (app, replica) => {
    const { rate, cpu } = await applyRate(app, messages.length);
    const applied = await counter(app, 'vahti_evaluator_events_applied_total');
    // While the REST latency is measured, the newest day keeps changing (as today does in
    // production): its cached sums are invalidated by every chunk and re-read.
    // The same requests on an instance that only serves the API (EVALUATOR_CONSUME=false), while the
    // first one goes on applying the writes: dashboards' latency without sharing an event loop.
    const reader = await replica();
    // The catch-up's last publications (each covers hundreds of periods and holds the event loop
    // for a second or more on this machine) must be over: what is measured is the steady state.
    await publicationSettled(app);
    const writer = startWriter(kafka, topic, lastDay, API_WRITE_RATE);
    const api = await apiLatency(app, scenario.tenant, lastTime);
    const replicaApi = await apiLatency(reader, scenario.tenant, lastTime).finally(() => writer.stop());
    return { rate, cpu, applied, api: { ...api, written: await writer.stop() }, replicaApi };
  });
  const scaled = SCALE_OUT > 1 ? await withEvaluators(topic, keysFile, SCALE_OUT, (apps) => appliedRate(apps, evaluation.applied)) : null;
  const rawAfter = await rawConsumerRate(topic, messages.length);
  const raw = (rawBefore + rawAfter) / 2;

  const live = await liveFreshness(kafka, keysFile);

  process.stdout.write(
    [
      '',
      `1. throughput, ${fmt(messages.length)} events`,
      `   plain kafkajs consumer (read)   ${fmt(rawBefore)} / ${fmt(rawAfter)} events/s (before / after), mean ${fmt(raw)}`,
      `   evaluator (applied, committed)  ${fmt(evaluation.rate)} events/s      target ≥ 30,000`,
      `   ratio evaluator / plain read    ${(evaluation.rate / raw).toFixed(2)}`,
      `   CPU per applied event           evaluator ${evaluation.cpu.evaluator.toFixed(1)} µs, PostgreSQL ${evaluation.cpu.postgres.toFixed(1)} µs, Kafka broker ${evaluation.cpu.kafka.toFixed(1)} µs`,
      `   (one evaluator is bound by its own: ${fmt(1e6 / evaluation.cpu.evaluator)} events/s on one core; all three together, with every one of the ${os.cpus().length} cores busy: ${fmt((os.cpus().length * 1e6) / (evaluation.cpu.evaluator + evaluation.cpu.postgres + evaluation.cpu.kafka))} events/s)`,
      ...(scaled === null
        ? []
        : [
            `   ${SCALE_OUT} evaluator instances      ${fmt(scaled)} events/s      (one group, one database, same ${os.cpus().length} cores; ratio ${(scaled / raw).toFixed(2)})`,
          ]),
      `2. freshness at ${fmt(LIVE_RATE)} events/s for ${LIVE_SECONDS} s (event time → gauges updated, evaluator histogram)`,
      `   sent ${fmt(live.sent)} at ${fmt(live.achievedRate)} events/s; applied ${fmt(live.applied)}`,
      `   p50 ${live.p50.toFixed(3)} s   p99 ${live.p99.toFixed(3)} s      target p99 < 1 s`,
      `3. REST on ${DAYS} days of data, ${REQUESTS} sequential requests each (ms), while ${fmt(evaluation.api.written)} events`,
      `   (${fmt(API_WRITE_RATE)}/s) were written into the newest day; first request of each (cold cache) in brackets;`,
      "   after each: the serving instance's longest event-loop block and garbage-collection time (ms) during the requests",
      '   a. on the evaluator that applies the writes',
      ...evaluation.api.probes.map(probeLine),
      '   b. on an API-only instance on the same database (EVALUATOR_CONSUME=false), same writes meanwhile',
      ...evaluation.replicaApi.probes.map(probeLine),
      '',
    ].join('\n'),
  );
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
}

function probeLine(a: Probe): string {
  const target = a.name.startsWith('scorecard 30d') ? '   target p99 < 50' : '';
  const loop = `longest block ${a.loop.maxBlockMs.toFixed(0)}, GC ${(a.loop.gcSeconds * 1000).toFixed(0)} (${a.loop.longPauses} ≥ 10 ms)`;
  return `   ${a.name.padEnd(34)} p50 ${a.p50.toFixed(1).padStart(7)}   p99 ${a.p99.toFixed(1).padStart(7)}   (${a.first.toFixed(1)})   ${loop}${target}`;
}

async function withEvaluator<T>(
  topic: string,
  keysFile: string,
  work: (app: AppProcess, replica: () => Promise<AppProcess>) => Promise<T>,
): Promise<T> {
  return withEvaluators(topic, keysFile, 1, (apps, replica) => work(apps[0]!, replica));
}

/**
 * `count` evaluators in one consumer group on one fresh database, each on its own port; `replica`
 * starts one more on the same database that only serves the REST API (EVALUATOR_CONSUME=false).
 */
async function withEvaluators<T>(
  topic: string,
  keysFile: string,
  count: number,
  work: (apps: AppProcess[], replica: () => Promise<AppProcess>) => Promise<T>,
): Promise<T> {
  const db = `vahti_bench_${uniqueSuffix()}`;
  await adminQuery(`CREATE DATABASE ${db}`);
  const group = `bench-evaluator-${uniqueSuffix()}`;
  const port = 3700 + Math.floor(Math.random() * 50) * 4;
  const profile = CPU_PROF && count === 1 ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : [];
  const apps = Array.from({ length: count }, (_, i) => evaluatorProcess(topic, keysFile, db, group, port + i, {}, profile));
  const replica = async (): Promise<AppProcess> => {
    const app = evaluatorProcess(topic, keysFile, db, group, port + count, { EVALUATOR_CONSUME: 'false' });
    apps.push(app);
    app.start();
    await up(app);
    return app;
  };
  // The first instance runs the migrations; the others start once it is up.
  apps[0]!.start();
  try {
    await up(apps[0]!);
    for (const app of apps.slice(1)) {
      app.start();
    }
    await Promise.all(apps.slice(1).map(up));
    return await work(apps, replica);
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    await adminQuery(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}

async function up(app: AppProcess): Promise<void> {
  await expectEventually(
    async () => {
      if ((await app.get('/health/live')).status !== 200) {
        throw new Error('not up');
      }
    },
    { timeoutMs: 60000, intervalMs: 100 },
  );
}

function evaluatorProcess(
  topic: string,
  keysFile: string,
  db: string,
  group: string,
  port: number,
  extra: Record<string, string> = {},
  nodeArgs: readonly string[] = [],
): AppProcess {
  return new AppProcess(
    'evaluator',
    {
      HTTP_PORT: String(port),
      KAFKA_BROKERS: testEnvironment.kafkaBrokers,
      DATABASE_URL: withDatabase(testEnvironment.adminDatabaseUrl, db),
      DATABASE_RUN_MIGRATIONS: 'true',
      EVALUATOR_INPUT_TOPIC: topic,
      EVALUATOR_GROUP_ID: group,
      EVALUATOR_KPI_TOPIC: `bench.kpi.${uniqueSuffix()}`,
      EVALUATOR_API_KEYS_FILE: keysFile,
      PSEUDONYMISATION_KEY: 'bench-only-pseudonymisation-key',
      LOG_LEVEL: 'warn',
      ...Object.fromEntries(
        Object.entries(process.env).filter((e): e is [string, string] => /^(EVALUATOR_(CHUNK|PARTITIONS|MAX)|DATABASE_POOL)/.test(e[0])),
      ),
      ...extra,
    },
    undefined,
    nodeArgs,
  );
}

async function counter(app: AppProcess, name: string): Promise<number> {
  const body = (await app.get('/metrics').catch(() => ({ body: '' }))).body;
  return body
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `))
    .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
}

const done = async (app: AppProcess): Promise<number> =>
  (await counter(app, 'vahti_evaluator_events_applied_total')) + (await counter(app, 'vahti_evaluator_records_skipped_total'));

/** Resolves once the app has published no KPI message for 12 s (longer than the wait between two catch-up publications). */
async function publicationSettled(app: AppProcess): Promise<void> {
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await counter(app, 'vahti_evaluator_kpi_messages_published_total');
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= 12_000) {
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Applied events/s from the first progress seen to the last record. */
async function applyRate(app: AppProcess, total: number): Promise<{ rate: number; cpu: CpuPerEvent }> {
  let startCount = 0;
  let start = 0n;
  await expectEventually(
    async () => {
      const n = await done(app);
      if (n === 0) {
        throw new Error('not started');
      }
      startCount = n;
      start = process.hrtime.bigint();
    },
    { timeoutMs: 120000, intervalMs: 20 },
  );
  const cpuBefore = cpuSnapshot();
  const ownBefore = await counter(app, 'process_cpu_seconds_total');
  let end = 0n;
  // /metrics renders every KPI gauge, so polling it costs the evaluator CPU: every 0.5 s keeps the
  // error of a ~30 s measurement near 2 % without taking much from what it measures.
  await expectEventually(
    async () => {
      const n = await done(app);
      if (n < total) {
        throw new Error(`${n}/${total}`);
      }
      end = process.hrtime.bigint();
    },
    { timeoutMs: 1800000, intervalMs: 500 },
  );
  const others = cpuSpent(cpuBefore, cpuSnapshot(), ['postgres', 'java']);
  const events = total - startCount;
  const perEvent = (seconds: number): number => (seconds * 1e6) / events;
  return {
    rate: (events * 1e9) / Number(end - start),
    cpu: {
      evaluator: perEvent((await counter(app, 'process_cpu_seconds_total')) - ownBefore),
      postgres: perEvent(others.get('postgres') ?? 0),
      kafka: perEvent(others.get('java') ?? 0),
    },
  };
}

/** CPU µs per applied event during the throughput run, by program. */
interface CpuPerEvent {
  evaluator: number;
  postgres: number;
  kafka: number;
}

/** Events/s applied by several instances together, from the first progress to `total` applied. */
async function appliedRate(apps: readonly AppProcess[], total: number): Promise<number> {
  const applied = async (): Promise<number> => {
    const counts = await Promise.all(apps.map((app) => counter(app, 'vahti_evaluator_events_applied_total')));
    return counts.reduce((a, b) => a + b, 0);
  };
  let startCount = 0;
  let start = 0n;
  await expectEventually(
    async () => {
      startCount = await applied();
      if (startCount === 0) {
        throw new Error('not started');
      }
      start = process.hrtime.bigint();
    },
    { timeoutMs: 120000, intervalMs: 20 },
  );
  let end = 0n;
  await expectEventually(
    async () => {
      const n = await applied();
      if (n < total) {
        throw new Error(`${n}/${total}`);
      }
      end = process.hrtime.bigint();
    },
    { timeoutMs: 1800000, intervalMs: 500 },
  );
  return ((total - startCount) * 1e9) / Number(end - start);
}

interface Probe {
  name: string;
  first: number;
  p50: number;
  p99: number;
  /** The serving instance's event loop during the requests (the cold first one excluded). */
  loop: LoopSnapshot;
}

interface LoopSnapshot {
  /** Garbage-collection time so far, all kinds, and the number of pauses of 10 ms or more. */
  readonly gcSeconds: number;
  readonly longPauses: number;
  /** The longest event-loop block since the previous scrape (prom-client resets its monitor on every scrape). */
  readonly maxBlockMs: number;
}

/** Scrapes the app's default Node.js metrics: what held its event loop up. */
async function loopSnapshot(app: AppProcess): Promise<LoopSnapshot> {
  const body = (await app.get('/metrics')).body;
  const values = (pattern: RegExp): number[] =>
    body
      .split('\n')
      .filter((l) => pattern.test(l))
      .map((l) => Number(l.split(' ').pop()));
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    gcSeconds: sum(values(/^nodejs_gc_duration_seconds_sum\{/)),
    longPauses: sum(values(/^nodejs_gc_duration_seconds_count\{/)) - sum(values(/^nodejs_gc_duration_seconds_bucket\{.*le="0.01"/)),
    maxBlockMs: 1000 * (values(/^nodejs_eventloop_lag_max_seconds[{ ]/)[0] ?? Number.NaN),
  };
}

async function apiLatency(app: AppProcess, tenant: string, at: string): Promise<{ probes: Probe[] }> {
  const auth = { Authorization: `Bearer ${API_KEY}` };
  const probes: Array<[string, string, Record<string, string>]> = [
    ['GET /health/live (reference)', '/health/live', {}],
    [`scorecard 30d`, `/api/v1/tenants/${tenant}/scorecard?window=30d&at=${at}`, auth],
    [`kpis 30d (tenant)`, `/api/v1/tenants/${tenant}/kpis?window=30d&at=${at}`, auth],
    [`kpis today (queue voice-billing)`, `/api/v1/tenants/${tenant}/kpis?window=today&at=${at}&queue=voice-billing`, auth],
  ];
  const out: Probe[] = [];
  for (const [name, path, headers] of probes) {
    const t0 = process.hrtime.bigint();
    const first = await app.get(path, headers);
    const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;
    if (first.status !== 200) {
      throw new Error(`${path}: HTTP ${first.status} ${first.body.slice(0, 300)}`);
    }
    const before = await loopSnapshot(app);
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      const t0 = process.hrtime.bigint();
      await app.get(path, headers);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const after = await loopSnapshot(app);
    times.sort((a, b) => a - b);
    out.push({
      name,
      first: firstMs,
      p50: quantile(times, 0.5),
      p99: quantile(times, 0.99),
      loop: {
        gcSeconds: after.gcSeconds - before.gcSeconds,
        longPauses: after.longPauses - before.longPauses,
        maxBlockMs: after.maxBlockMs,
      },
    });
  }
  return { probes: out };
}

/** Sends copies (new ids) of `template` events at `rate`/s until stopped; resolves to the number sent. */
function startWriter(
  kafka: ReturnType<typeof testKafka>,
  topic: string,
  template: readonly VahtiEvent[],
  rate: number,
): { stop: () => Promise<number> } {
  const producer: Producer = kafka.producer({ allowAutoTopicCreation: false });
  let sent = 0;
  let running = true;
  const loop = (async () => {
    await producer.connect();
    const started = Date.now();
    while (running && template.length > 0) {
      const due = Math.floor(((Date.now() - started) / 1000) * rate);
      const batch: RawMessage[] = [];
      while (sent < due) {
        const source = template[sent % template.length]!;
        const event = { ...source, id: `${source.id}-api-${sent}` } as VahtiEvent;
        batch.push({ key: partitionKey(event), value: JSON.stringify(event) });
        sent += 1;
      }
      if (batch.length > 0) {
        await producer.send({ topic, acks: 1, messages: batch });
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await producer.disconnect();
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return sent;
    },
  };
}

/** Plays simulated events live (timestamps = now) at LIVE_RATE and reads the freshness histogram. */
async function liveFreshness(
  kafka: ReturnType<typeof testKafka>,
  keysFile: string,
): Promise<{ sent: number; achievedRate: number; applied: number; p50: number; p99: number }> {
  const topic = `bench.live.${uniqueSuffix()}`;
  await createTopic(kafka, topic, PARTITIONS);
  const source: VahtiEvent[] = [];
  streamContactCenter(loadScenario('baseline-midsize.yaml', { days: 2 }), (e) => source.push(e));
  const producer: Producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    return await withEvaluator(topic, keysFile, async (app) => {
      const before = await histogram(app);
      const tickMs = 50;
      const perTick = Math.round((LIVE_RATE * tickMs) / 1000);
      const started = Date.now();
      let sent = 0;
      while (Date.now() - started < LIVE_SECONDS * 1000) {
        const due = Math.floor(((Date.now() - started) / 1000) * LIVE_RATE);
        const batch: RawMessage[] = [];
        while (sent < due && batch.length < perTick * 4) {
          const template = source[sent % source.length]!;
          const event = { ...template, id: `${template.id}-live-${sent}`, time: new Date().toISOString() } as VahtiEvent;
          batch.push({ key: partitionKey(event), value: JSON.stringify(event) });
          sent += 1;
        }
        if (batch.length > 0) {
          await producer.send({ topic, acks: 1, messages: batch });
        }
        await new Promise((r) => setTimeout(r, tickMs));
      }
      const achievedRate = sent / ((Date.now() - started) / 1000);
      await expectEventually(
        async () => {
          if ((await done(app)) < sent) {
            throw new Error('catching up');
          }
        },
        { timeoutMs: 120000, intervalMs: 200 },
      );
      const after = await histogram(app);
      const delta = after.map(([le, c], i) => [le, c - (before[i]?.[1] ?? 0)] as [number, number]);
      return {
        sent,
        achievedRate,
        applied: await counter(app, 'vahti_evaluator_events_applied_total'),
        p50: histogramQuantile(delta, 0.5),
        p99: histogramQuantile(delta, 0.99),
      };
    });
  } finally {
    await producer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  }
}

/** Cumulative buckets [le, count] of the freshness histogram. */
async function histogram(app: AppProcess): Promise<Array<[number, number]>> {
  const body = (await app.get('/metrics')).body;
  return body
    .split('\n')
    .filter((l) => l.startsWith('vahti_evaluator_kpi_freshness_seconds_bucket'))
    .map((l) => [Number(/le="([^"]+)"/.exec(l)?.[1]?.replace('+Inf', 'Infinity')), Number(l.split(' ').pop())] as [number, number]);
}

/** Quantile from cumulative buckets with linear interpolation inside the bucket (as PromQL's histogram_quantile). */
function histogramQuantile(buckets: Array<[number, number]>, q: number): number {
  const total = buckets[buckets.length - 1]?.[1] ?? 0;
  const rank = q * total;
  let previousLe = 0;
  let previousCount = 0;
  for (const [le, count] of buckets) {
    if (count >= rank) {
      if (!Number.isFinite(le)) {
        return previousLe;
      }
      return previousLe + ((le - previousLe) * (rank - previousCount)) / Math.max(1, count - previousCount);
    }
    previousLe = le;
    previousCount = count;
  }
  return Number.NaN;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

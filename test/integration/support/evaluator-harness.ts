import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kafka } from 'kafkajs';
import { AppProcess, createTestDatabase, createTopic, queryDatabase, testEnvironment, testKafka, uniqueSuffix } from '@vahti/testing';
import { metricValue } from './ingestor-harness';

let nextPort = 3850;
const LOG_DIR = resolve(__dirname, '../../../.cache/test-logs');

/** A key per tenant, written hashed to a keys file as an operator would. */
export interface TenantKeys {
  readonly file: string;
  readonly keys: Readonly<Record<string, string>>;
}

/** Writes a keys file for `tenants`; the clear keys stay in the test. */
export function writeTenantKeys(tenants: readonly string[]): TenantKeys {
  mkdirSync(LOG_DIR, { recursive: true });
  const keys = Object.fromEntries(tenants.map((t) => [t, `key-${t}-${uniqueSuffix()}-${Math.random().toString(36).slice(2)}`]));
  const file = join(LOG_DIR, `api-keys-${uniqueSuffix()}.txt`);
  writeFileSync(
    file,
    tenants
      .map(
        (t) =>
          `${t}: ${createHash('sha256')
            .update(keys[t] as string)
            .digest('hex')}`,
      )
      .join('\n') + '\n',
  );
  return { file, keys };
}

/** One evaluator deployment of its own: consumer group, database, HTTP port; the topic is shared by the caller. */
export interface EvaluatorHarness {
  readonly databaseUrl: string;
  readonly env: Record<string, string>;
  newEvaluator(extra?: Record<string, string>): AppProcess;
  /** Records the evaluator has dealt with (applied or skipped), from its counters. */
  progress(app: AppProcess): Promise<number>;
  /** Sum over partitions of every stored aggregate, keyed by scope and period, for comparisons. */
  aggregates(): Promise<Map<string, Record<string, number>>>;
  dispose(): Promise<void>;
}

/** Creates the input topic (if asked) and an evaluator harness on it. */
export async function createEvaluatorHarness(options: {
  topic: string;
  kpiTopic?: string;
  keysFile?: string;
  extraEnv?: Record<string, string>;
}): Promise<EvaluatorHarness> {
  const suffix = uniqueSuffix();
  const database = await createTestDatabase();
  const env: Record<string, string> = {
    HTTP_PORT: String(nextPort++),
    KAFKA_BROKERS: testEnvironment.kafkaBrokers,
    DATABASE_URL: database.url,
    EVALUATOR_INPUT_TOPIC: options.topic,
    EVALUATOR_GROUP_ID: `it-evaluator-${suffix}`,
    EVALUATOR_KPI_TOPIC: options.kpiTopic ?? `it.kpi.${suffix}`,
    PSEUDONYMISATION_KEY: 'integration-test-pseudonymisation-key',
    LOG_LEVEL: 'info',
    ...(options.keysFile !== undefined && { EVALUATOR_API_KEYS_FILE: options.keysFile }),
    ...options.extraEnv,
  };
  const processes: AppProcess[] = [];
  return {
    databaseUrl: database.url,
    env,
    newEvaluator: (extra = {}) => {
      mkdirSync(LOG_DIR, { recursive: true });
      const app = new AppProcess('evaluator', { ...env, ...extra }, join(LOG_DIR, `evaluator-${suffix}-${processes.length}.log`));
      processes.push(app);
      return app;
    },
    progress: async (app) => {
      const body = (await app.get('/metrics').catch(() => ({ body: '' }))).body;
      return metricValue(body, 'vahti_evaluator_events_applied_total') + metricValue(body, 'vahti_evaluator_records_skipped_total');
    },
    aggregates: async () => {
      const rows = await queryDatabase<{ k: string; counters: Record<string, number> }>(
        database.url,
        `SELECT concat_ws('|', tenant_id, granularity, period_start::text, queue_id, channel, dimension, dimension_value) AS k, counters FROM kpi_aggregates`,
      );
      const out = new Map<string, Record<string, number>>();
      for (const row of rows) {
        const sum = out.get(row.k) ?? {};
        for (const [name, value] of Object.entries(row.counters)) {
          sum[name] = (sum[name] ?? 0) + value;
        }
        out.set(row.k, sum);
      }
      return out;
    },
    dispose: async () => {
      await Promise.all(processes.map((p) => p.stop()));
      await database.drop();
    },
  };
}

/** A fresh topic with `partitions` partitions and its Kafka client. */
export async function createInputTopic(partitions = 4): Promise<{ kafka: Kafka; topic: string; drop: () => Promise<void> }> {
  const suffix = uniqueSuffix();
  const kafka = testKafka(`it-eval-${suffix}`);
  const topic = `it.events.${suffix}`;
  await createTopic(kafka, topic, partitions);
  return {
    kafka,
    topic,
    drop: async () => {
      const admin = kafka.admin();
      await admin.connect();
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    },
  };
}

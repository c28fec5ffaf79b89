// One alerter deployment of its own for a test: a fresh database (cloned from the migrated
// template), a routing file, a keys file and an HTTP port; signals are posted to the alerter's
// internal signal endpoint (ALERTER_SIGNALS_API=true), as an external detector would. Timers and
// retries are shortened so lifecycles take seconds, not hours.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { AppProcess, createTestDatabase, expectEventually, queryDatabase, testEnvironment, uniqueSuffix } from '@vahti/testing';
import { writeTenantKeys, type TenantKeys } from './evaluator-harness';

let nextPort = 3750;
const LOG_DIR = resolve(__dirname, '../../../.cache/test-logs');

/** A signal as posted to /internal/v1/tenants/{tenant}/signals. */
export interface SignalBody {
  labels: Record<string, string>;
  status: 'firing' | 'resolved';
  at?: string;
  summary: string;
  description: string;
  value?: { observed: number; text?: string; yardstick?: { name: string; value: number; text?: string } };
  candidates: Array<{ rank: number; summary: string; contribution: number | null; evidence: Record<string, number | string> }>;
}

/** Labels of a KPI alert on one queue (every label the alerter requires). */
export function alertLabels(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    alertname: 'KpiDegraded',
    kpi: 'service_level',
    area: 'B',
    process: 'B1',
    queue: 'voice-billing',
    channel: 'voice',
    detector: 'target_breach',
    severity: 'warning',
    ...overrides,
  };
}

export interface AlerterHarness {
  readonly databaseUrl: string;
  readonly keys: TenantKeys;
  readonly env: Record<string, string>;
  newAlerter(extra?: Record<string, string>): AppProcess;
  /** POSTs a signal for `tenant` with that tenant's key; returns status and parsed body. */
  postSignal(app: AppProcess, tenant: string, body: SignalBody): Promise<{ status: number; body: Record<string, unknown> }>;
  /** A request to the alerter with a tenant's key. */
  request(app: AppProcess, method: string, path: string, tenant: string | null, body?: unknown): Promise<{ status: number; body: unknown }>;
  /** Rows of the notification log, oldest first. */
  notificationLog(): Promise<
    Array<{ receiver: string; group_key: string; sequence: number; status: string; reason: string; idempotency_key: string }>
  >;
  /** Outbox rows by status. */
  outboxStatuses(): Promise<Record<string, number>>;
  dispose(): Promise<void>;
}

/** Writes the routing file and keys, creates the database, and returns the harness. */
export async function createAlerterHarness(options: {
  routing: Record<string, unknown>;
  tenants: readonly string[];
  extraEnv?: Record<string, string>;
}): Promise<AlerterHarness> {
  const suffix = uniqueSuffix();
  mkdirSync(LOG_DIR, { recursive: true });
  const routingFile = join(LOG_DIR, `alerting-${suffix}.yaml`);
  writeFileSync(routingFile, stringify({ format: 'vahti.alerting/v1', ...options.routing }));
  const keys = writeTenantKeys(options.tenants);
  const database = await createTestDatabase();
  const env: Record<string, string> = {
    HTTP_PORT: String(nextPort++),
    KAFKA_BROKERS: testEnvironment.kafkaBrokers,
    DATABASE_URL: database.url,
    LOG_LEVEL: 'info',
    ALERTER_ROUTING_FILE: routingFile,
    ALERTER_API_KEYS_FILE: keys.file,
    ALERTER_SIGNALS_API: 'true',
    ALERTER_PLAN_INTERVAL_MS: '1000',
    ALERTER_DELIVERY_POLL_MS: '200',
    ALERTER_DELIVERY_TIMEOUT_MS: '2000',
    ALERTER_RETRY_INITIAL_DELAY_MS: '500',
    // No test but alerter-store-lag has an event store that catches up late on purpose: one that is behind has stopped.
    ALERTER_EVENT_STORE_WAIT_SECONDS: '3',
    ...options.extraEnv,
  };
  const processes: AppProcess[] = [];
  const request: AlerterHarness['request'] = async (app, method, path, tenant, body) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (tenant !== null) {
      headers.Authorization = `Bearer ${keys.keys[tenant] ?? 'no-such-key'}`;
    }
    const res = await fetch(`http://127.0.0.1:${portOf(app, env)}${path}`, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
  };
  return {
    databaseUrl: database.url,
    keys,
    env,
    newAlerter: (extra = {}) => {
      const app = new AppProcess('alerter', { ...env, ...extra }, join(LOG_DIR, `alerter-${suffix}-${processes.length}.log`));
      appPorts.set(app, extra.HTTP_PORT ?? env.HTTP_PORT ?? '');
      processes.push(app);
      return app;
    },
    postSignal: async (app, tenant, body) => {
      const res = await request(app, 'POST', `/internal/v1/tenants/${tenant}/signals`, tenant, body);
      return { status: res.status, body: res.body as Record<string, unknown> };
    },
    request,
    notificationLog: () =>
      queryDatabase(
        database.url,
        `SELECT receiver, group_key, sequence, status, reason, idempotency_key FROM alert_notification_log ORDER BY sent_at, receiver, sequence`,
      ),
    outboxStatuses: async () => {
      const rows = await queryDatabase<{ status: string; n: number }>(
        database.url,
        `SELECT status, count(*)::int AS n FROM alert_outbox GROUP BY status`,
      );
      return Object.fromEntries(rows.map((r) => [r.status, r.n]));
    },
    dispose: async () => {
      await Promise.all(processes.map((p) => p.stop()));
      await database.drop();
    },
  };
}

const appPorts = new WeakMap<AppProcess, string>();

function portOf(app: AppProcess, env: Record<string, string>): string {
  return appPorts.get(app) ?? env.HTTP_PORT ?? '';
}

/**
 * Settings of an alerter that reviews what one evaluator writes: the evaluator's database (the
 * alerter reads its aggregates) and KPI topic, a group of its own, one reference week, no signal API.
 */
export function reviewingEvaluatorEnv(databaseUrl: string, kpiTopic: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    ALERTER_SIGNALS_API: 'false',
    ALERTER_KPI_TOPIC: kpiTopic,
    ALERTER_GROUP_ID: `it-alerter-${uniqueSuffix()}`,
    ALERTER_REVIEW_WEEKS: '1',
  };
}

/** Waits until the outbox holds no pending row (everything delivered or given up on). */
export async function waitForDrainedOutbox(harness: AlerterHarness, timeoutMs = 30000): Promise<void> {
  await expectEventually(
    async () => {
      const statuses = await harness.outboxStatuses();
      if ((statuses.pending ?? 0) > 0) {
        throw new Error(`outbox still has ${statuses.pending} pending`);
      }
    },
    { timeoutMs, intervalMs: 100 },
  );
}

/** Lets `ms` pass: the only way to show that something does not happen (no repeat after an acknowledgement). */
export function quietPeriod(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

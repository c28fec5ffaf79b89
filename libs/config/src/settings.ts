import { Type } from '@sinclair/typebox';

// Each group is a slice of the environment. Apps compose the slices they need, so an app never
// demands a variable it does not read.

const port = (fallback: number) => Type.Integer({ minimum: 1, maximum: 65535, default: fallback });

/** Settings every app has: HTTP port for /health and /metrics, log level, identity. */
export const CommonSettings = {
  LOG_LEVEL: Type.Union(
    [
      Type.Literal('fatal'),
      Type.Literal('error'),
      Type.Literal('warn'),
      Type.Literal('info'),
      Type.Literal('debug'),
      Type.Literal('trace'),
    ],
    {
      default: 'info',
    },
  ),
  SERVICE_INSTANCE: Type.String({ minLength: 1, default: 'local' }),
};

/** HTTP port of one app; each app has its own default so they can run side by side. */
export const httpSettings = (fallback: number) => ({ HTTP_PORT: port(fallback) });

/** Kafka cluster connection; KAFKA_BROKERS points everything at an external cluster. */
export const KafkaSettings = {
  KAFKA_BROKERS: Type.String({ pattern: '^[^,\\s]+:\\d+(,[^,\\s]+:\\d+)*$', default: '127.0.0.1:9092' }),
  KAFKA_CLIENT_ID: Type.String({ minLength: 1, default: 'vahti' }),
  KAFKA_SSL: Type.Boolean({ default: false }),
  KAFKA_SSL_CA_FILE: Type.Optional(Type.String({ minLength: 1 })),
  KAFKA_SSL_REJECT_UNAUTHORIZED: Type.Boolean({ default: true }),
  KAFKA_SASL_MECHANISM: Type.Optional(Type.Union([Type.Literal('plain'), Type.Literal('scram-sha-256'), Type.Literal('scram-sha-512')])),
  KAFKA_SASL_USERNAME: Type.Optional(Type.String({ minLength: 1 })),
  KAFKA_SASL_PASSWORD: Type.Optional(Type.String({ minLength: 1 })),
  KAFKA_CONNECTION_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 3000 }),
};

/** PostgreSQL connection and migration policy. */
export const DatabaseSettings = {
  DATABASE_URL: Type.String({ pattern: '^postgres(ql)?://', default: 'postgres://postgres@127.0.0.1:5432/vahti' }),
  DATABASE_POOL_MAX: Type.Integer({ minimum: 1, maximum: 100, default: 4 }),
  DATABASE_RUN_MIGRATIONS: Type.Boolean({ default: false }),
  DATABASE_STATEMENT_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 30000 }),
};

/** What the ingestor reads, where it dead-letters, and its limits. */
export const IngestSettings = {
  INGEST_TOPIC: Type.String({ minLength: 1, default: 'cc.events' }),
  INGEST_DLQ_TOPIC: Type.String({ minLength: 1, default: 'cc.events.dlq' }),
  INGEST_GROUP_ID: Type.String({ minLength: 1, default: 'vahti-ingestor' }),
  INGEST_TOPIC_PARTITIONS: Type.Integer({ minimum: 1, maximum: 1024, default: 4 }),
  INGEST_MAX_BYTES_PER_PARTITION: Type.Integer({ minimum: 65536, default: 4194304 }),
  INGEST_WRITE_CHUNK: Type.Integer({ minimum: 1, maximum: 50000, default: 5000 }),
  INGEST_PARTITIONS_CONCURRENTLY: Type.Integer({ minimum: 1, maximum: 64, default: 2 }),
  // How long the group waits for a silent member (a crashed pod) before handing its partitions on.
  INGEST_SESSION_TIMEOUT_MS: Type.Integer({ minimum: 6000, maximum: 300000, default: 30000 }),
};

/** How records are decoded: shared by the ingestor and the evaluator so both accept exactly the same events. */
export const DecodeSettings = {
  INGEST_MAX_EVENT_BYTES: Type.Integer({ minimum: 256, maximum: 1048576, default: 65536 }),
  INGEST_MAX_FUTURE_SKEW_SECONDS: Type.Integer({ minimum: 0, default: 300 }),
  // Keyed hash for customer identifiers; rotating it breaks repeat-contact matching, so it is required.
  PSEUDONYMISATION_KEY: Type.String({ minLength: 16 }),
};

/** What the evaluator reads and publishes, and the domain data it loads at start-up. */
export const EvaluateSettings = {
  EVALUATOR_INPUT_TOPIC: Type.String({ minLength: 1, default: 'cc.events' }),
  // false: a read replica that serves the REST API only (dashboards), so their requests do not share an event loop with applying events.
  EVALUATOR_CONSUME: Type.Boolean({ default: true }),
  EVALUATOR_GROUP_ID: Type.String({ minLength: 1, default: 'vahti-evaluator' }),
  EVALUATOR_KPI_TOPIC: Type.String({ minLength: 1, default: 'vahti.kpi' }),
  EVALUATOR_KPI_TOPIC_PARTITIONS: Type.Integer({ minimum: 1, maximum: 1024, default: 4 }),
  // Records per transaction. Larger chunks amortise the per-transaction round trips and fact
  // look-ups while catching up (5,000 → 20,000 measured +15 % events/s, docs/performance.md); live,
  // chunks are as small as what has arrived, so freshness does not depend on it.
  EVALUATOR_CHUNK: Type.Integer({ minimum: 1, maximum: 50000, default: 20000 }),
  EVALUATOR_MAX_BYTES_PER_PARTITION: Type.Integer({ minimum: 65536, default: 8388608 }),
  EVALUATOR_PARTITIONS_CONCURRENTLY: Type.Integer({ minimum: 1, maximum: 64, default: 2 }),
  EVALUATOR_SESSION_TIMEOUT_MS: Type.Integer({ minimum: 6000, maximum: 300000, default: 30000 }),
  // At most one KPI publication (gauges + KPI topic) per this many ms, covering every chunk since the
  // last: bounds the publishing work while catching up; adds at most this much to freshness.
  EVALUATOR_PUBLISH_INTERVAL_MS: Type.Integer({ minimum: 10, maximum: 60000, default: 200 }),
  // Day sums kept by the REST API (one entry per day and scope queried; 0 = always read PostgreSQL).
  EVALUATOR_API_CACHE_DAYS: Type.Integer({ minimum: 0, maximum: 1000000, default: 5000 }),
  // Benchmark pack (YAML/JSON); an operator's licensed pack replaces the shipped one here.
  EVALUATOR_BENCHMARK_PACK: Type.String({ minLength: 1, default: 'libs/kpi/benchmarks/default.v1.yaml' }),
  // Tenants' thresholds and targets (YAML); without it every tenant gets the channel defaults.
  EVALUATOR_TENANT_SETTINGS: Type.Optional(Type.String({ minLength: 1 })),
  // Per-tenant API keys: a file of "tenant: sha256-hex" lines; keys are never stored in clear.
  EVALUATOR_API_KEYS_FILE: Type.Optional(Type.String({ minLength: 1 })),
  // How long applied-event keys are kept for de-duplication, in days of event time.
  EVALUATOR_DEDUPE_RETENTION_DAYS: Type.Integer({ minimum: 1, maximum: 400, default: 35 }),
};

/**
 * The alerter: its files (routing, API keys), the notification timer, outbox delivery, SMTP, and the
 * KPI stream it will consume. Every setting has a default or is optional, so the alerter also starts
 * bare (no routing file: alerts are recorded and served, nobody is notified).
 */
export const AlertSettings = {
  // Routing configuration (YAML, format vahti.alerting/v1): receivers, routes, timing per tenant.
  ALERTER_ROUTING_FILE: Type.Optional(Type.String({ minLength: 1 })),
  // Per-tenant API keys: a file of "tenant: sha256-hex" lines, as for the evaluator.
  ALERTER_API_KEYS_FILE: Type.Optional(Type.String({ minLength: 1 })),
  // POST /internal/v1/tenants/{tenant}/signals: lets an external detector (or a test) record signals.
  ALERTER_SIGNALS_API: Type.Boolean({ default: false }),
  // Longest sleep of the notification timer; it also wakes at the planner's next due time and after
  // every change, so this only bounds how late a change made by another instance is noticed.
  ALERTER_PLAN_INTERVAL_MS: Type.Integer({ minimum: 100, maximum: 300000, default: 15000 }),
  // One delivery attempt (HTTP request, SMTP session) is abandoned after this long and retried.
  ALERTER_DELIVERY_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 120000, default: 10000 }),
  // Notifications delivered in parallel by one instance.
  ALERTER_DELIVERY_CONCURRENCY: Type.Integer({ minimum: 1, maximum: 64, default: 4 }),
  // How often an idle outbox worker looks for due rows (enqueuing wakes it at once).
  ALERTER_DELIVERY_POLL_MS: Type.Integer({ minimum: 50, maximum: 60000, default: 1000 }),
  // First retry delay; absent = the lib's policy (10 s, Alertmanager 5 s), doubling from there.
  ALERTER_RETRY_INITIAL_DELAY_MS: Type.Optional(Type.Integer({ minimum: 100, maximum: 3600000 })),
  // SMTP relay for e-mail receivers; required as soon as a tenant has one.
  ALERTER_SMTP_HOST: Type.Optional(Type.String({ minLength: 1 })),
  ALERTER_SMTP_PORT: port(587),
  // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it.
  ALERTER_SMTP_SECURE: Type.Boolean({ default: false }),
  ALERTER_SMTP_REJECT_UNAUTHORIZED: Type.Boolean({ default: true }),
  ALERTER_SMTP_USER: Type.Optional(Type.String({ minLength: 1 })),
  ALERTER_SMTP_PASSWORD: Type.Optional(Type.String({ minLength: 1 })),
  // From address of e-mail receivers that name none.
  ALERTER_SMTP_FROM: Type.Optional(Type.String({ pattern: '^[^@\\s<>",]+@[^@\\s<>",]+$' })),
  // The KPI stream the alerter's detectors read (brokers: KAFKA_BROKERS).
  ALERTER_KPI_TOPIC: Type.String({ minLength: 1, default: 'vahti.kpi' }),
  ALERTER_GROUP_ID: Type.String({ minLength: 1, default: 'vahti-alerter' }),
  ALERTER_SESSION_TIMEOUT_MS: Type.Integer({ minimum: 6000, maximum: 300000, default: 30000 }),
  // Review of closed intervals (detectors → root causes → signals); false: only the signals API records.
  ALERTER_REVIEW: Type.Boolean({ default: true }),
  // Weeks of the same slot the seasonal baseline and the root-cause analysis compare with (detection-and-stack §A.6: K = 4–8).
  ALERTER_REVIEW_WEEKS: Type.Integer({ minimum: 1, maximum: 8, default: 4 }),
  // After a gap (an alerter outage, a backlog) at most this many of the newest due intervals are reviewed: older alerts would be old news.
  ALERTER_MAX_CATCH_UP_INTERVALS: Type.Integer({ minimum: 1, maximum: 2880, default: 96 }),
  // Broken-data checks read the ingestor's event store (same database); off where the alerter's database has no events.
  ALERTER_BROKEN_DATA_CHECKS: Type.Boolean({ default: true }),
  // An interval the event store has not caught up with waits this long for it, then is reviewed (an ingestor that is down is broken data; one far behind must not hold alerts back).
  ALERTER_EVENT_STORE_WAIT_SECONDS: Type.Integer({ minimum: 0, maximum: 86400, default: 120 }),
  // Finished outbox rows, superseded notification-log entries and the events of alerts resolved longer ago than this are deleted hourly.
  ALERTER_RETENTION_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 30 }),
  // The yardsticks breaches are judged against: the same benchmark pack and tenant settings as the evaluator's.
  ALERTER_BENCHMARK_PACK: Type.String({ minLength: 1, default: 'libs/kpi/benchmarks/default.v1.yaml' }),
  ALERTER_TENANT_SETTINGS: Type.Optional(Type.String({ minLength: 1 })),
};

/** Where the simulator CLI publishes with --kafka, and how the topic is created when missing. */
export const SimulatorSettings = {
  SIM_TOPIC: Type.String({ minLength: 1, default: 'cc.events' }),
  SIM_TOPIC_PARTITIONS: Type.Integer({ minimum: 1, maximum: 1024, default: 4 }),
};

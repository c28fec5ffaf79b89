// Real: Kafka, PostgreSQL, each compiled app as a child process.
import { createServer } from 'node:net';
import {
  AppProcess,
  createTestDatabase,
  createTopic,
  expectEventually,
  produceAll,
  testEnvironment,
  testKafka,
  uniqueSuffix,
} from '@vahti/testing';
import { validMessages } from './support/event-stream';
import { metricValue, waitUntilReady } from './support/ingestor-harness';

describe('apps boot on their own', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const apps: AppProcess[] = [];
  // The evaluator reads events: give it a topic and group of its own, and the key it decodes with.
  const suffix = uniqueSuffix();
  const evaluatorEnv = {
    PSEUDONYMISATION_KEY: 'integration-test-pseudonymisation-key',
    EVALUATOR_INPUT_TOPIC: `it.boot.${suffix}`,
    EVALUATOR_GROUP_ID: `it-boot-${suffix}`,
    EVALUATOR_KPI_TOPIC: `it.boot.kpi.${suffix}`,
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await createTopic(testKafka(`it-boot-${suffix}`), evaluatorEnv.EVALUATOR_INPUT_TOPIC, 1);
  });

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await db.drop();
  });

  it.each([
    ['evaluator', '3981'],
    ['alerter', '3982'],
  ] as const)('%s serves /health (Kafka and PostgreSQL up) and /metrics', async (name, port) => {
    const app = new AppProcess(name, {
      HTTP_PORT: port,
      KAFKA_BROKERS: testEnvironment.kafkaBrokers,
      DATABASE_URL: db.url,
      ...(name === 'evaluator' ? evaluatorEnv : {}),
    });
    apps.push(app);
    app.start();
    await waitUntilReady(app);
    const health = JSON.parse((await app.get('/health')).body) as { status: string; info: Record<string, { status: string }> };
    expect(health.status).toBe('ok');
    expect(health.info.kafka?.status).toBe('up');
    expect(health.info.database?.status).toBe('up');
    expect((await app.get('/health/live')).status).toBe(200);
    const metrics = (await app.get('/metrics')).body;
    expect(metrics).toContain(`process_cpu_user_seconds_total{service="${name}"}`);
    // Logs are JSON lines.
    const firstLine = app.output.split('\n').find((l) => l.startsWith('{'));
    expect(JSON.parse(firstLine ?? 'null')).toMatchObject({ service: name });
  });

  it('waits for an input topic that another service has yet to create, then consumes it', async () => {
    // The demo and docker compose start the ingestor (which creates the event topic) beside the evaluator.
    const topic = `it.boot.late.${uniqueSuffix()}`;
    const app = new AppProcess('evaluator', {
      HTTP_PORT: '3984',
      KAFKA_BROKERS: testEnvironment.kafkaBrokers,
      DATABASE_URL: db.url,
      ...evaluatorEnv,
      EVALUATOR_INPUT_TOPIC: topic,
      EVALUATOR_GROUP_ID: `it-boot-late-${uniqueSuffix()}`,
    });
    apps.push(app);
    app.start();
    await new Promise((done) => setTimeout(done, 4000));
    expect(app.running).toBe(true);
    const kafka = testKafka(`it-boot-late-${uniqueSuffix()}`);
    await createTopic(kafka, topic, 1);
    const events = validMessages(20, 'late');
    await produceAll(kafka, topic, events, 20);
    await expectEventually(
      async () => {
        const metrics = (await app.get('/metrics')).body;
        expect(metricValue(metrics, 'vahti_evaluator_events_applied_total')).toBe(events.length);
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  });

  it('runs as an API-only replica with EVALUATOR_CONSUME=false: ready, serving, consuming nothing', async () => {
    const topic = `it.boot.replica.${uniqueSuffix()}`;
    const kafka = testKafka(`it-boot-replica-${uniqueSuffix()}`);
    await createTopic(kafka, topic, 1);
    await produceAll(kafka, topic, validMessages(10, 'replica'), 10);
    const app = new AppProcess('evaluator', {
      HTTP_PORT: '3985',
      KAFKA_BROKERS: testEnvironment.kafkaBrokers,
      DATABASE_URL: db.url,
      ...evaluatorEnv,
      EVALUATOR_INPUT_TOPIC: topic,
      EVALUATOR_GROUP_ID: `it-boot-replica-${uniqueSuffix()}`,
      EVALUATOR_CONSUME: 'false',
    });
    apps.push(app);
    app.start();
    await waitUntilReady(app);
    await new Promise((done) => setTimeout(done, 3000));
    expect(metricValue((await app.get('/metrics')).body, 'vahti_evaluator_events_applied_total')).toBe(0);
    expect(app.output).toContain('EVALUATOR_CONSUME=false');
    // The API answers (401 without a key: the request reached the guard, not a missing route).
    expect((await app.get('/api/v1/tenants/acme/kpis?window=today')).status).toBe(401);
  });

  it('stops with a message naming each bad setting', async () => {
    const app = new AppProcess('ingestor', { HTTP_PORT: 'eighty', KAFKA_BROKERS: 'nowhere' });
    apps.push(app);
    app.start();
    expect((await app.exited()).code).toBe(78);
    expect(app.output).toContain('HTTP_PORT');
    expect(app.output).toContain('KAFKA_BROKERS');
    expect(app.output).toContain('PSEUDONYMISATION_KEY is required');
  });

  it('refuses a busy HTTP port before touching Kafka, naming HTTP_PORT', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(3983, '0.0.0.0', resolve));
    try {
      const app = new AppProcess('evaluator', {
        HTTP_PORT: '3983',
        KAFKA_BROKERS: testEnvironment.kafkaBrokers,
        DATABASE_URL: db.url,
        ...evaluatorEnv,
      });
      apps.push(app);
      app.start();
      expect((await app.exited()).code).toBe(78);
      expect(app.output).toContain('HTTP_PORT=3983 is not available: EADDRINUSE');
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});

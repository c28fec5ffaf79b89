// Real: Kafka, PostgreSQL, the compiled evaluator as a child process killed with SIGKILL.
// A simulated day (plus re-sent duplicates) is evaluated twice: once without interruption, once
// killed halfway and restarted. Both must end with identical aggregates and identical KPIs.
import { expectEventually, loadScenario, produceAll, simulatedEvents, toMessages } from '@vahti/testing';
import { createEvaluatorHarness, createInputTopic, writeTenantKeys, type EvaluatorHarness } from './support/evaluator-harness';
import { waitUntilReady } from './support/ingestor-harness';
import type { AppProcess } from '@vahti/testing';

const RELATIVE_TOLERANCE = 1e-9;

describe('evaluator crash and restart', () => {
  it('gives exactly the KPIs of an uninterrupted run after a SIGKILL halfway', async () => {
    const input = await createInputTopic(4);
    const keys = writeTenantKeys(['northwind']);
    const events = simulatedEvents(loadScenario('baseline-midsize.yaml', { days: 1 }));
    const messages = toMessages(events);
    // Re-sent duplicates (same id and source), as an at-least-once producer makes them.
    const duplicates = messages.filter((_, i) => i % 97 === 0);
    const all = [...messages, ...duplicates];
    await produceAll(input.kafka, input.topic, all, 2000);

    const steady = await createEvaluatorHarness({ topic: input.topic, keysFile: keys.file });
    const crashed = await createEvaluatorHarness({ topic: input.topic, keysFile: keys.file, extraEnv: { EVALUATOR_CHUNK: '500' } });
    try {
      const reference = steady.newEvaluator();
      reference.start();
      await waitForAll(steady, reference, all.length);

      const first = crashed.newEvaluator();
      first.start();
      await expectEventually(
        async () => {
          const done = await crashed.progress(first);
          if (done < all.length / 2) {
            throw new Error(`${done} of ${all.length}`);
          }
        },
        { timeoutMs: 120000, intervalMs: 20 },
      );
      first.kill('SIGKILL');
      expect((await first.exited()).signal).toBe('SIGKILL');
      const restarted = crashed.newEvaluator();
      restarted.start();
      await waitUntilReady(restarted);
      // After the restart the counters start from zero: skipped (already applied) + applied = the rest.
      await expectEventually(
        async () => {
          const [a, b] = [await steady.aggregates(), await crashed.aggregates()];
          expect(b.size).toBe(a.size);
        },
        { timeoutMs: 120000, intervalMs: 500 },
      );
      await waitForIdle(crashed, restarted);

      const [expected, actual] = [await steady.aggregates(), await crashed.aggregates()];
      expect(actual.size).toBe(expected.size);
      for (const [key, counters] of expected) {
        const other = actual.get(key) ?? {};
        for (const name of new Set([...Object.keys(counters), ...Object.keys(other)])) {
          const e = counters[name] ?? 0;
          const a = other[name] ?? 0;
          if (Math.abs(a - e) > RELATIVE_TOLERANCE * Math.max(1, Math.abs(e))) {
            throw new Error(`${key} ${name}: after crash ${a}, uninterrupted ${e}`);
          }
        }
      }

      // The same through the API: every KPI of the day, per queue and for the tenant.
      const auth = { Authorization: `Bearer ${keys.keys.northwind}` };
      const day = events[Math.floor(events.length / 2)]!.time;
      for (const queue of ['', '&queue=voice-billing', '&queue=chat-general', '&queue=email-general']) {
        const path = `/api/v1/tenants/northwind/kpis?window=today&at=${day}${queue}`;
        const [r1, r2] = [await reference.get(path, auth), await restarted.get(path, auth)];
        expect(r1.status).toBe(200);
        const values = (body: string) => (JSON.parse(body) as { kpis: Array<{ kpi: string; value: number | null; sample: number }> }).kpis;
        const v1 = values(r1.body);
        const v2 = values(r2.body);
        expect(v1.filter((k) => k.value !== null).length).toBeGreaterThan(20);
        v1.forEach((k, i) => {
          const o = v2[i]!;
          expect(o.kpi).toBe(k.kpi);
          expect(o.sample).toBeCloseTo(k.sample, 6);
          if (k.value === null) {
            expect(o.value).toBeNull();
          } else {
            expect(Math.abs((o.value ?? Number.NaN) - k.value)).toBeLessThanOrEqual(RELATIVE_TOLERANCE * Math.max(1, Math.abs(k.value)));
          }
        });
      }
      // The duplicates were recognised, not counted.
      const body = (await reference.get('/metrics')).body;
      expect(body).toMatch(new RegExp(`vahti_evaluator_records_skipped_total\\{reason="duplicate"[^}]*\\} ${duplicates.length}\\b`));
    } finally {
      await steady.dispose();
      await crashed.dispose();
      await input.drop();
    }
  });
});

async function waitForAll(harness: EvaluatorHarness, app: AppProcess, total: number): Promise<void> {
  await waitUntilReady(app);
  await expectEventually(
    async () => {
      const done = await harness.progress(app);
      if (done < total) {
        throw new Error(`${done} of ${total}`);
      }
    },
    { timeoutMs: 180000, intervalMs: 200 },
  );
}

// The restarted process counts only what it read after the restart; wait until its counters stop moving.
async function waitForIdle(harness: EvaluatorHarness, app: AppProcess): Promise<void> {
  let last = -1;
  await expectEventually(
    async () => {
      const done = await harness.progress(app);
      const lag = (await app.get('/metrics')).body.match(/vahti_evaluator_consumer_lag_records\{[^}]*\} (\d+)/g) ?? [];
      const behind = lag.reduce((s, l) => s + Number(l.split(' ').pop()), 0);
      if (done !== last || behind > 0) {
        last = done;
        throw new Error(`still moving: ${done}, lag ${behind}`);
      }
    },
    { timeoutMs: 180000, intervalMs: 1500 },
  );
}

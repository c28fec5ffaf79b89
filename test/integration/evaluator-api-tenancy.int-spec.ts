// Real: Kafka, PostgreSQL and the compiled evaluator. Two tenants' simulated days are evaluated;
// every tenant endpoint listed in the served OpenAPI document is called with each tenant's key,
// with a wrong key and with none: a key reads only its own tenant (other tenants: 404), and a
// missing or unknown key gets 401.
import { expectEventually, loadScenario, produceAll, simulatedEvents, toMessages } from '@vahti/testing';
import { createEvaluatorHarness, createInputTopic, writeTenantKeys } from './support/evaluator-harness';
import { waitUntilReady } from './support/ingestor-harness';

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; required?: boolean }> }>>;
}

describe('evaluator API tenancy', () => {
  it('lets a tenant key read only its own tenant, on every endpoint', async () => {
    const input = await createInputTopic(4);
    const keys = writeTenantKeys(['northwind', 'globex']);
    const northwind = simulatedEvents(loadScenario('baseline-midsize.yaml', { days: 1 }));
    const globex = simulatedEvents(loadScenario('baseline-midsize.yaml', { days: 1, tenant: 'globex', seed: 7 }));
    const messages = toMessages([...northwind, ...globex]);
    await produceAll(input.kafka, input.topic, messages, 2000);
    const harness = await createEvaluatorHarness({ topic: input.topic, keysFile: keys.file });
    try {
      const app = harness.newEvaluator();
      app.start();
      await waitUntilReady(app);
      await expectEventually(
        async () => {
          const done = await harness.progress(app);
          if (done < messages.length) {
            throw new Error(`${done} of ${messages.length}`);
          }
        },
        { timeoutMs: 180000, intervalMs: 250 },
      );

      const doc = JSON.parse((await app.get('/api/openapi.json')).body) as OpenApiDocument;
      const templates = Object.keys(doc.paths).filter((p) => p.startsWith('/api/v1/tenants/{tenantId}'));
      expect(templates.sort()).toEqual([
        '/api/v1/tenants/{tenantId}/kpis',
        '/api/v1/tenants/{tenantId}/kpis/{kpi}/series',
        '/api/v1/tenants/{tenantId}/scorecard',
      ]);
      const at = northwind[Math.floor(northwind.length / 2)]!.time;
      const url = (template: string, tenant: string): string =>
        template.replace('{tenantId}', tenant).replace('{kpi}', 'service_level') +
        `?at=${at}&from=${at.slice(0, 10)}T00:00:00Z&to=${at.slice(0, 10)}T23:59:59Z&window=today`;
      const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

      for (const template of templates) {
        for (const [own, other] of [
          ['northwind', 'globex'],
          ['globex', 'northwind'],
        ] as const) {
          const key = keys.keys[own]!;
          const mine = await app.get(url(template, own), bearer(key));
          expect({ template, own, status: mine.status }).toEqual({ template, own, status: 200 });
          expect(mine.body).toContain(`"tenantId":"${own}"`);
          expect(mine.body).not.toContain(other);
          expect((await app.get(url(template, other), bearer(key))).status).toBe(404);
          expect((await app.get(url(template, other), { 'X-Api-Key': key })).status).toBe(404);
          expect((await app.get(url(template, 'nobody'), bearer(key))).status).toBe(404);
          expect((await app.get(url(template, own), { 'X-Api-Key': key })).status).toBe(200);
        }
        expect((await app.get(url(template, 'northwind'))).status).toBe(401);
        expect((await app.get(url(template, 'northwind'), bearer('not-a-key'))).status).toBe(401);
        expect((await app.get(url(template, 'northwind'), { Authorization: `Basic ${keys.keys.northwind}` })).status).toBe(401);
      }

      // Each tenant sees its own numbers: the two simulated days differ.
      const sl = async (tenant: string) =>
        (
          JSON.parse((await app.get(url('/api/v1/tenants/{tenantId}/kpis', tenant), bearer(keys.keys[tenant]!))).body) as {
            kpis: Array<{ kpi: string; sample: number }>;
          }
        ).kpis.find((k) => k.kpi === 'service_level')!.sample;
      expect(await sl('northwind')).toBeGreaterThan(1000);
      expect(await sl('globex')).toBeGreaterThan(1000);
      expect(await sl('northwind')).not.toBe(await sl('globex'));
    } finally {
      await harness.dispose();
      await input.drop();
    }
  });
});

// Real: PostgreSQL, the compiled alerter, a local HTTP webhook receiver. Two tenants' alerts are
// recorded; every tenant endpoint of the served OpenAPI document is called with each tenant's key,
// with a wrong key and with none (own tenant 200, another tenant 404, no or unknown key 401); the
// list filters, acknowledgement (409 once resolved), silences (a silenced alert is not notified
// until the silence is expired) and the switched-off signal endpoint behave as documented.
import { expectEventually } from '@vahti/testing';
import { HttpAlertReceiver } from './support/alert-receivers';
import { alertLabels, createAlerterHarness, quietPeriod, type AlerterHarness, type SignalBody } from './support/alerter-harness';
import { metricValue, waitUntilReady } from './support/ingestor-harness';

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
}

const signal = (labels: Record<string, string>, status: 'firing' | 'resolved' = 'firing'): SignalBody => ({
  labels,
  status,
  summary: `${labels.kpi} in ${labels.queue}`,
  description: 'test alert',
  candidates: [{ rank: 1, summary: `driver of ${labels.queue}`, contribution: 0.5, evidence: { x: 1 } }],
});

describe('alerter API', () => {
  let http: HttpAlertReceiver;
  let harness: AlerterHarness;

  beforeAll(async () => {
    http = new HttpAlertReceiver();
    const base = await http.start();
    const hook = (tenant: string) => ({
      name: 'hook',
      kind: 'webhook',
      url: `${base}/${tenant}`,
      secret: 'integration-webhook-secret-0123456789',
    });
    const timing = { groupWait: '1s', groupInterval: '1s', repeatInterval: '1h' };
    harness = await createAlerterHarness({
      tenants: ['northwind', 'globex'],
      routing: {
        tenants: {
          northwind: { defaults: timing, receivers: [hook('northwind')], routes: [{ receivers: ['hook'] }] },
          globex: { defaults: timing, receivers: [hook('globex')], routes: [{ receivers: ['hook'] }] },
        },
      },
    });
  });

  afterAll(async () => {
    await harness?.dispose();
    await http?.stop();
  });

  it('serves each tenant only its own alerts and silences, on every endpoint', async () => {
    const app = harness.newAlerter();
    app.start();
    await waitUntilReady(app);
    const nwSl = await harness.postSignal(app, 'northwind', signal(alertLabels()));
    const nwAht = await harness.postSignal(
      app,
      'northwind',
      signal(alertLabels({ kpi: 'aht', queue: 'voice-sales', severity: 'critical' })),
    );
    const gx = await harness.postSignal(app, 'globex', signal(alertLabels()));
    expect([nwSl.status, nwAht.status, gx.status]).toEqual([201, 201, 201]);
    const id = (r: { body: Record<string, unknown> }): string => (r.body.alert as { id: string }).id;
    const silence = await harness.request(app, 'POST', '/api/v1/tenants/globex/silences', 'globex', {
      matchers: [{ name: 'queue', type: '=', value: 'nowhere' }],
      endsAt: new Date(Date.now() + 3600_000).toISOString(),
      createdBy: 'globex-manager',
      comment: 'maintenance',
    });
    expect(silence.status).toBe(201);
    const silenceId = (silence.body as { id: string }).id;

    const doc = JSON.parse((await app.get('/api/openapi.json')).body) as OpenApiDocument;
    const templates = Object.keys(doc.paths).filter((p) => p.includes('/tenants/{tenantId}'));
    expect(templates.sort()).toEqual([
      '/api/v1/tenants/{tenantId}/alerts',
      '/api/v1/tenants/{tenantId}/alerts/{alertId}',
      '/api/v1/tenants/{tenantId}/alerts/{alertId}/acknowledge',
      '/api/v1/tenants/{tenantId}/silences',
      '/api/v1/tenants/{tenantId}/silences/{silenceId}/expire',
      '/internal/v1/tenants/{tenantId}/signals',
    ]);
    const owned = {
      northwind: { alertId: id(nwSl), silenceId: '00000000-0000-4000-8000-000000000000' },
      globex: { alertId: id(gx), silenceId },
    };
    const path = (template: string, tenant: 'northwind' | 'globex', as: 'northwind' | 'globex' = tenant): string =>
      template.replace('{tenantId}', tenant).replace('{alertId}', owned[as].alertId).replace('{silenceId}', owned[as].silenceId);
    for (const template of templates) {
      for (const method of Object.keys(doc.paths[template] ?? {})) {
        const body = template.endsWith('acknowledge')
          ? { by: 'someone' }
          : template.endsWith('signals')
            ? signal(alertLabels({ queue: 'probe' }))
            : template.endsWith('silences') && method === 'post'
              ? {
                  matchers: [{ name: 'queue', type: '=', value: 'probe' }],
                  endsAt: new Date(Date.now() + 60_000).toISOString(),
                  createdBy: 'x',
                  comment: 'probe',
                }
              : undefined;
        for (const [own, other] of [
          ['northwind', 'globex'],
          ['globex', 'northwind'],
        ] as const) {
          const call = (p: string, tenant: string | null) => harness.request(app, method.toUpperCase(), p, tenant, body);
          // Another tenant's path with a valid key: 404, whatever the ids.
          expect({ template, method, own, status: (await call(path(template, other), own)).status }).toEqual({
            template,
            method,
            own,
            status: 404,
          });
          // Own path, another tenant's alert or silence id: 404 too.
          if (template.includes('{alertId}') || (template.includes('{silenceId}') && own === 'northwind')) {
            expect((await call(path(template, own, other), own)).status).toBe(404);
          }
          expect((await call(path(template, own), null)).status).toBe(401);
          if (method === 'get') {
            const mine = await call(path(template, own), own);
            expect({ template, own, status: mine.status }).toEqual({ template, own, status: 200 });
            expect(JSON.stringify(mine.body)).not.toContain(other);
          }
        }
        expect((await harness.request(app, method.toUpperCase(), path(template, 'globex'), 'nobody', body)).status).toBe(401);
      }
    }

    // Lists show the own tenant's rows only, filtered.
    const list = async (tenant: string, query = ''): Promise<Array<{ id: string; tenantId: string; labels: Record<string, string> }>> => {
      const res = await harness.request(app, 'GET', `/api/v1/tenants/${tenant}/alerts${query}`, tenant);
      expect(res.status).toBe(200);
      return (res.body as { alerts: Array<{ id: string; tenantId: string; labels: Record<string, string> }> }).alerts;
    };
    expect((await list('northwind')).every((a) => a.tenantId === 'northwind')).toBe(true);
    // Every probe above was refused, so globex still has its one alert.
    expect((await list('globex')).map((a) => a.id)).toEqual([id(gx)]);
    expect((await list('northwind', '?severity=critical')).map((a) => a.id)).toEqual([id(nwAht)]);
    expect((await list('northwind', '?kpi=service_level&queue=voice-billing')).map((a) => a.id)).toEqual([id(nwSl)]);
    expect((await harness.request(app, 'GET', '/api/v1/tenants/northwind/alerts?state=loud', 'northwind')).status).toBe(400);
    const detail = await harness.request(app, 'GET', `/api/v1/tenants/northwind/alerts/${id(nwSl)}`, 'northwind');
    expect(detail.body).toMatchObject({ id: id(nwSl), candidates: [{ rank: 1, summary: 'driver of voice-billing' }], silencedBy: [] });

    // Acknowledging: twice is one event; a resolved alert is a conflict.
    const ackPath = `/api/v1/tenants/northwind/alerts/${id(nwAht)}/acknowledge`;
    expect((await harness.request(app, 'POST', ackPath, 'northwind', { by: 'manager' })).status).toBe(200);
    expect((await harness.request(app, 'POST', ackPath, 'northwind', { by: 'manager' })).status).toBe(200);
    expect((await harness.request(app, 'POST', ackPath, 'northwind', {})).status).toBe(400);
    await harness.postSignal(app, 'northwind', signal(alertLabels({ kpi: 'aht', queue: 'voice-sales', severity: 'critical' }), 'resolved'));
    const conflict = await harness.request(app, 'POST', ackPath, 'northwind', { by: 'manager' });
    expect(conflict).toMatchObject({ status: 409, body: { code: 'already_resolved' } });
    const events = (await harness.request(app, 'GET', `/api/v1/tenants/northwind/alerts/${id(nwAht)}`, 'northwind')).body as {
      events: Array<{ kind: string; by?: string }>;
    };
    expect(events.events.map((e) => e.kind)).toEqual(['fired', 'acknowledged', 'resolved']);
    expect((await list('northwind', '?state=resolved')).map((a) => a.id)).toEqual([id(nwAht)]);

    // Bad silences and signals: 400 with every problem.
    const bad = await harness.request(app, 'POST', '/api/v1/tenants/northwind/silences', 'northwind', {
      matchers: [{ name: 'queue', type: '=~', value: '.*' }],
      endsAt: new Date(Date.now() - 1000).toISOString(),
      createdBy: 'x',
      comment: 'mute all',
    });
    expect(bad.status).toBe(400);
    expect((bad.body as { problems: string[] }).problems).toEqual([
      'matchers: at least one matcher must not match the empty string',
      'endsAt: must be after startsAt',
      'endsAt: is in the past',
    ]);
    const badSignal = await harness.postSignal(app, 'northwind', {
      ...signal(alertLabels()),
      labels: { alertname: 'x', severity: 'loud' },
    });
    expect(badSignal.status).toBe(400);
    expect(badSignal.body.problems).toContain('labels/kpi: is required');
    expect(badSignal.body.problems).toContain('labels/severity: "loud" is not one of info, warning, critical');

    const metrics = (await app.get('/metrics')).body;
    expect(metricValue(metrics, 'vahti_alerter_alerts', { tenant: 'northwind', severity: 'warning', state: 'firing' })).toBe(1);
    expect(metricValue(metrics, 'vahti_alerter_alerts', { tenant: 'northwind', severity: 'critical' })).toBe(0);
    expect(metricValue(metrics, 'vahti_alerter_alerts', { tenant: 'globex' })).toBe(1);
    expect(metricValue(metrics, 'vahti_alerter_signals_recorded_total', { outcome: 'rejected' })).toBe(1);
  });

  it('holds back the notifications of a silenced alert until the silence is expired', async () => {
    // The first test's alerter still runs on the same database: two instances plan and deliver
    // side by side, and the alert is still notified exactly once.
    const app = harness.newAlerter({ HTTP_PORT: '3748' });
    app.start();
    await waitUntilReady(app);
    const labels = alertLabels({ queue: 'email-general', channel: 'email' });
    const created = await harness.request(app, 'POST', '/api/v1/tenants/northwind/silences', 'northwind', {
      matchers: [{ name: 'queue', type: '=', value: 'email-general' }],
      endsAt: new Date(Date.now() + 3600_000).toISOString(),
      createdBy: 'manager',
      comment: 'mailbox migration',
    });
    expect(created).toMatchObject({ status: 201, body: { status: 'active' } });
    const silenceId = (created.body as { id: string }).id;
    const fired = await harness.postSignal(app, 'northwind', signal(labels));
    const alertId = (fired.body.alert as { id: string }).id;
    const notified = (): number =>
      http
        .at('/northwind')
        .filter((d) =>
          (JSON.parse(d.body) as { alerts: Array<{ vahti: { alertId: string } }> }).alerts.some((a) => a.vahti.alertId === alertId),
        ).length;
    const detail = await harness.request(app, 'GET', `/api/v1/tenants/northwind/alerts/${alertId}`, 'northwind');
    expect((detail.body as { silencedBy: string[] }).silencedBy).toEqual([silenceId]);
    await quietPeriod(3000); // group_wait 1 s, twice over
    expect(notified()).toBe(0);

    const expired = await harness.request(app, 'POST', `/api/v1/tenants/northwind/silences/${silenceId}/expire`, 'northwind');
    expect(expired).toMatchObject({ status: 200, body: { status: 'expired' } });
    await expectEventually(() => expect(notified()).toBe(1), { timeoutMs: 10000, intervalMs: 100 });
    const current = await harness.request(app, 'GET', '/api/v1/tenants/northwind/silences', 'northwind');
    expect((current.body as { silences: Array<{ id: string }> }).silences.map((s) => s.id)).not.toContain(silenceId);
    const all = await harness.request(app, 'GET', '/api/v1/tenants/northwind/silences?status=all', 'northwind');
    expect((all.body as { silences: Array<{ id: string }> }).silences.map((s) => s.id)).toContain(silenceId);
  });

  it('does not serve the signal endpoint unless ALERTER_SIGNALS_API is on', async () => {
    const app = harness.newAlerter({ HTTP_PORT: '3749', ALERTER_SIGNALS_API: 'false' });
    app.start();
    await waitUntilReady(app);
    expect((await harness.postSignal(app, 'northwind', signal(alertLabels()))).status).toBe(404);
    const doc = JSON.parse((await app.get('/api/openapi.json')).body) as OpenApiDocument;
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/internal'))).toEqual([]);
  });
});

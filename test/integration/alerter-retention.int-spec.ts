// Real: PostgreSQL (a fresh database cloned from the migrated template). Mocked: nothing.
// The alerter's housekeeping deletes old rows that nothing reads, and keeps what the planner and the
// delivery order still need.
import { AlerterRetentionRepository } from '@vahti/persistence';
import { createTestDatabase, queryDatabase } from '@vahti/testing';
import { openTestDataSource, type TestDataSource } from './support/test-data-source';

const DAY_MS = 86_400_000;
const NOW = Date.parse('2026-06-30T12:00:00Z');
const OLD = new Date(NOW - 40 * DAY_MS);
const RECENT = new Date(NOW - 2 * DAY_MS);
const CUTOFF = NOW - 30 * DAY_MS;

describe('AlerterRetentionRepository', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: TestDataSource;
  const sql = (text: string, params: unknown[] = []) => queryDatabase(db.url, text, params);

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openTestDataSource(db.url);
    const outbox = (id: number, status: string, updatedAt: Date, sequence: number) =>
      sql(
        `INSERT INTO alert_outbox (id, idempotency_key, tenant_id, receiver, receiver_kind, group_key, sequence, payload, status,
                                   next_attempt_at, created_at, updated_at)
         VALUES ($1, $2, 'acme', 'hook', 'webhook', 'g1', $3, '{}', $4, $5, $5, $5)`,
        [id, `key-${id}`, sequence, status, updatedAt],
      );
    await outbox(1, 'delivered', OLD, 1); // goes
    await outbox(2, 'failed', OLD, 2); // goes
    await outbox(3, 'pending', OLD, 3); // stays: still to deliver
    await outbox(4, 'delivered', RECENT, 4); // stays: recent
    const log = (group: string, sequence: number, sentAt: Date) =>
      sql(
        `INSERT INTO alert_notification_log (tenant_id, group_key, receiver, sequence, sent_at, status, reason, alerts, content_hash, idempotency_key)
         VALUES ('acme', $1, 'hook', $2, $3, 'firing', 'new', '[]', 'h', $4)`,
        [group, sequence, sentAt, `log-${group}-${sequence}`],
      );
    await log('g1', 1, OLD); // goes: superseded and old
    await log('g1', 2, OLD); // goes
    await log('g1', 3, OLD); // stays: the latest of its stream, though old
    await log('g2', 1, OLD); // stays: the only (latest) entry of g2
    await log('g3', 1, OLD); // goes: superseded by g3/2
    await log('g3', 2, RECENT);
    const instance = (id: string, state: string, resolvedAt: Date | null) =>
      sql(
        `INSERT INTO alert_instances (id, tenant_id, fingerprint, state, severity, labels, starts_at, last_signal_at, updated_at,
                                      resolved_at, summary, description, candidates)
         VALUES ($1, 'acme', $5, $2, 'warning', '{}', $4, $4, $4, $3, 's', 'd', '[]')`,
        [id, state, resolvedAt, OLD, `fingerprint-${id}`],
      );
    await instance('00000000-0000-0000-0000-000000000001', 'resolved', OLD); // its events go
    await instance('00000000-0000-0000-0000-000000000002', 'resolved', RECENT);
    await instance('00000000-0000-0000-0000-000000000003', 'firing', null);
    for (const id of ['1', '2', '3']) {
      await sql(
        `INSERT INTO alert_events (instance_id, tenant_id, kind, at, severity, detail, recorded_at)
         VALUES ($1, 'acme', 'fired', $2, 'warning', '{}', $2)`,
        [`00000000-0000-0000-0000-00000000000${id}`, OLD],
      );
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('deletes finished old outbox rows, superseded old log entries and the events of long-resolved alerts; nothing else', async () => {
    const retention = new AlerterRetentionRepository(dataSource);
    expect(await retention.pruneBefore(CUTOFF)).toEqual({ outbox: 2, log: 3, events: 1 });
    expect((await sql(`SELECT id FROM alert_outbox ORDER BY id`)).map((r) => Number(r.id))).toEqual([3, 4]);
    expect((await sql(`SELECT group_key || '/' || sequence AS k FROM alert_notification_log ORDER BY 1`)).map((r) => r.k)).toEqual([
      'g1/3',
      'g2/1',
      'g3/2',
    ]);
    expect((await sql(`SELECT instance_id FROM alert_events ORDER BY 1`)).map((r) => r.instance_id)).toEqual([
      '00000000-0000-0000-0000-000000000002',
      '00000000-0000-0000-0000-000000000003',
    ]);
    expect(Number((await sql(`SELECT count(*) AS n FROM alert_instances`))[0]?.n)).toBe(3);
    // A second pass finds nothing more.
    expect(await retention.pruneBefore(CUTOFF)).toEqual({ outbox: 0, log: 0, events: 0 });
  });
});

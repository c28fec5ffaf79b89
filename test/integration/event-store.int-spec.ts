// Real: PostgreSQL (a fresh database cloned from the migrated template). Mocked: nothing.
import { EventStoreRepository, isTransientDatabaseError, type StoredEventRow } from '@vahti/persistence';
import { createTestDatabase, queryDatabase } from '@vahti/testing';
import { openTestDataSource, type TestDataSource } from './support/test-data-source';

const row = (id: string, overrides: Partial<StoredEventRow> = {}): StoredEventRow => ({
  tenantId: 'acme',
  source: '/acd/test',
  eventId: id,
  type: 'io.vahti.contact.offered.v1',
  occurredAt: '2025-03-03T08:00:00Z',
  queueId: 'billing',
  channel: 'voice',
  agentId: null,
  teamId: null,
  contactId: `c-${id}`,
  customerRef: 'ref',
  contactReason: null,
  subject: null,
  data: JSON.stringify({ contactId: `c-${id}` }),
  kafkaPartition: 0,
  kafkaOffset: '1',
  ...overrides,
});

describe('EventStoreRepository', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: TestDataSource;
  let store: EventStoreRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openTestDataSource(db.url);
    store = new EventStoreRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('inserts new rows and skips known keys, counting only what it inserted', async () => {
    expect(await store.append([row('a'), row('b', { type: 'io.vahti.contact.ended.v1' })])).toEqual({
      insertedByType: new Map([
        ['io.vahti.contact.offered.v1', 1],
        ['io.vahti.contact.ended.v1', 1],
      ]),
    });
    // A redelivered chunk, with one new row and one key twice: only the new row lands.
    expect(await store.append([row('a'), row('c'), row('c'), row('b', { type: 'io.vahti.contact.ended.v1' })])).toEqual({
      insertedByType: new Map([['io.vahti.contact.offered.v1', 1]]),
    });
    const rows = await queryDatabase<{ event_id: string }>(db.url, `SELECT event_id FROM events WHERE source = '/acd/test' ORDER BY 1`);
    expect(rows.map((r) => r.event_id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the same id apart across tenants', async () => {
    await store.append([row('shared', { tenantId: 't1' }), row('shared', { tenantId: 't2' })]);
    const [n] = await queryDatabase<{ n: string }>(db.url, `SELECT count(*) AS n FROM events WHERE event_id = 'shared'`);
    expect(Number(n!.n)).toBe(2);
  });

  it('stores text that COPY must escape exactly as given', async () => {
    const data = JSON.stringify({ note: 'tab\there, newline\nthere, backslash \\ and "quotes"' });
    await store.append([row('escaped', { data, subject: 'line1\nline2\\end' })]);
    const [stored] = await queryDatabase<{ data: unknown; subject: string }>(
      db.url,
      `SELECT data, subject FROM events WHERE event_id = 'escaped'`,
    );
    expect(stored!.data).toEqual(JSON.parse(data));
    expect(stored!.subject).toBe('line1\nline2\\end');
  });

  it('refuses bad data with the driver error, not as an outage', async () => {
    const error: unknown = await store.append([row('bad-time', { occurredAt: 'not a time' })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isTransientDatabaseError(error)).toBe(false);
    const [n] = await queryDatabase<{ n: string }>(db.url, `SELECT count(*) AS n FROM events WHERE event_id = 'bad-time'`);
    expect(Number(n!.n)).toBe(0);
  });
});

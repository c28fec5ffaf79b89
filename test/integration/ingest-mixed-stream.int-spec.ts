// Real: Kafka (local KRaft broker), PostgreSQL (a fresh database cloned from the migrated template),
// the compiled ingestor as a child process. Mocked: nothing.
import { EVENT_TYPES } from '@vahti/contracts';
import { DEAD_LETTER_HEADERS } from '@vahti/messaging';
import { expectEventually, makeEvent, produceAll, queryDatabase, readTopic, type RawMessage } from '@vahti/testing';
import { createIngestorHarness, metricValue, waitUntilReady, type IngestorHarness } from './support/ingestor-harness';

const TOTAL = 10000;
const TENANTS = ['acme', 'globex', 'initech', 'umbrella'];
const CONTACT_TYPES = EVENT_TYPES.filter((t) => t.startsWith('io.vahti.contact.'));

type Expected = { reason: string; message: RawMessage };

/** Builds one invalid record of each kind in turn, each tagged with a header to find it again. */
function invalid(i: number, tenantid: string): Expected {
  const base = makeEvent('io.vahti.contact.answered.v1', { tenantid, id: `bad-${i}` });
  const kinds: Array<() => [string, string | Buffer | null]> = [
    () => ['malformed_json', JSON.stringify(base).slice(0, 40)],
    () => ['envelope_invalid', JSON.stringify({ ...base, specversion: undefined })],
    () => ['envelope_invalid', JSON.stringify({ ...base, tenantid: 'Not A Tenant' })],
    () => ['unknown_type', JSON.stringify({ ...base, type: 'io.vahti.contact.teleported.v1' })],
    () => ['unknown_type', JSON.stringify({ ...base, type: 'io.vahti.contact.answered.v2' })],
    () => ['schema_violation', JSON.stringify({ ...base, data: { ...base.data, waitSeconds: -5 } })],
    () => ['oversize', JSON.stringify({ ...base, subject: 'x'.repeat(70000) })],
    () => ['timestamp_in_future', JSON.stringify({ ...base, time: new Date(Date.now() + 86400000).toISOString() })],
    () => ['invalid_encoding', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
    () => ['missing_value', null],
    () => ['unsupported_content', JSON.stringify({ ...base, subject: 'nul\u0000inside' })],
  ];
  const [reason, value] = kinds[i % kinds.length]!();
  return { reason, message: { key: `${tenantid}/q-bad`, value, headers: { 'test-id': `bad-${i}` } } };
}

describe('ingestor on a mixed stream of 10,000 events', () => {
  let h: IngestorHarness;
  const valid: Array<{ tenantid: string; source: string; id: string; customerId?: string }> = [];
  const invalids: Expected[] = [];
  let duplicates = 0;

  beforeAll(async () => {
    h = await createIngestorHarness({ partitions: 6 });
    const messages: RawMessage[] = [];
    const validMessages: RawMessage[] = [];
    for (let i = 0; messages.length < TOTAL; i += 1) {
      const tenantid = TENANTS[i % TENANTS.length]!;
      if (i % 20 === 7) {
        invalids.push(invalid(invalids.length, tenantid));
        messages.push(invalids[invalids.length - 1]!.message);
      } else if (i % 20 === 13 && validMessages.length > 0) {
        // A redelivered copy, sometimes under another key so it lands on another partition.
        const original = validMessages[(i * 7919) % validMessages.length]!;
        messages.push(i % 40 === 13 ? original : { ...original, key: `${String(original.key)}-rekeyed` });
        duplicates += 1;
      } else {
        const event = makeEvent(CONTACT_TYPES[i % CONTACT_TYPES.length]!, { tenantid, id: `ev-${i}`, data: { queueId: `q-${i % 9}` } });
        const data = event.data as { queueId?: string; customerId?: string };
        valid.push({ tenantid, source: event.source, id: event.id, customerId: data.customerId });
        const message = { key: `${tenantid}/${data.queueId ?? 'none'}`, value: JSON.stringify(event) };
        validMessages.push(message);
        messages.push(message);
      }
    }
    await produceAll(h.kafka, h.topic, messages);
  });

  afterAll(async () => {
    await h.dispose();
  });

  it('stores exactly the valid unique events and dead-letters every invalid one with its reason', async () => {
    expect(invalids.length).toBe(500);
    expect(duplicates).toBe(500);
    expect(valid.length).toBe(9000);

    const app = h.newIngestor({ DATABASE_RUN_MIGRATIONS: 'false' });
    app.start();
    await waitUntilReady(app);
    await expectEventually(async () => expect(await h.lag()).toBe(0), { timeoutMs: 120000 });

    const rows = await queryDatabase<{ tenant_id: string; source: string; event_id: string }>(
      h.databaseUrl,
      'SELECT tenant_id, source, event_id FROM events',
    );
    const stored = new Set(rows.map((r) => `${r.tenant_id}|${r.source}|${r.event_id}`));
    expect(rows).toHaveLength(valid.length);
    expect(stored).toEqual(new Set(valid.map((v) => `${v.tenantid}|${v.source}|${v.id}`)));

    const letters = await readTopic(h.kafka, h.dlqTopic, invalids.length);
    expect(letters).toHaveLength(invalids.length);
    const byTestId = new Map(letters.map((l) => [l.headers['test-id'], l]));
    for (const [i, expected] of invalids.entries()) {
      const letter = byTestId.get(`bad-${i}`);
      expect({ id: `bad-${i}`, reason: letter?.headers[DEAD_LETTER_HEADERS.reason] }).toEqual({ id: `bad-${i}`, reason: expected.reason });
      expect(letter?.headers[DEAD_LETTER_HEADERS.topic]).toBe(h.topic);
      expect(letter?.headers[DEAD_LETTER_HEADERS.offset]).toMatch(/^\d+$/);
      // The original bytes travel unchanged, so the record can be repaired and replayed.
      const original = expected.message.value;
      expect(letter?.value === null ? null : letter?.value.toString('base64')).toEqual(
        original === null ? null : Buffer.from(original).toString('base64'),
      );
    }
    const schemaLetter = letters.find((l) => l.headers[DEAD_LETTER_HEADERS.reason] === 'schema_violation');
    expect(schemaLetter?.headers[DEAD_LETTER_HEADERS.detail]).toContain('/data/waitSeconds');

    const metrics = (await app.get('/metrics')).body;
    expect(metricValue(metrics, 'vahti_ingestor_events_consumed_total')).toBe(TOTAL);
    expect(metricValue(metrics, 'vahti_ingestor_events_stored_total')).toBe(valid.length);
    expect(metricValue(metrics, 'vahti_ingestor_events_duplicate_total')).toBe(duplicates);
    expect(metricValue(metrics, 'vahti_ingestor_events_dead_lettered_total')).toBe(invalids.length);
    const perReason = new Map<string, number>();
    for (const x of invalids) {
      perReason.set(x.reason, (perReason.get(x.reason) ?? 0) + 1);
    }
    for (const [reason, n] of perReason) {
      expect({ reason, n: metricValue(metrics, 'vahti_ingestor_events_dead_lettered_total', { reason }) }).toEqual({ reason, n });
    }
    expect(metricValue(metrics, 'vahti_ingestor_batch_size_events_count')).toBeGreaterThan(0);
    expect(metricValue(metrics, 'vahti_ingestor_write_duration_seconds_count')).toBeGreaterThan(0);
    expect(metrics).toContain('vahti_ingestor_consumer_lag_messages{partition="5"');
  });

  it('stores no raw customer identifier', async () => {
    const withCustomer = valid.filter((v) => v.customerId !== undefined);
    expect(withCustomer.length).toBeGreaterThan(1000);
    const leaks = await queryDatabase<{ n: string }>(
      h.databaseUrl,
      `SELECT count(*) AS n FROM events WHERE customer_ref = ANY($1) OR data->>'customerId' = ANY($1)`,
      [withCustomer.map((v) => v.customerId)],
    );
    expect(Number(leaks[0]!.n)).toBe(0);
    const refs = await queryDatabase<{ n: string }>(h.databaseUrl, 'SELECT count(*) AS n FROM events WHERE customer_ref IS NOT NULL');
    expect(Number(refs[0]!.n)).toBe(withCustomer.length);
  });
});

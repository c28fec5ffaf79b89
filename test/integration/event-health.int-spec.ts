// Real: PostgreSQL (a fresh database cloned from the migrated template). Mocked: nothing.
// The event store's counts behind the alerter's broken-data checks, on rows written by the
// ingestor's own repository.
import { DEFAULT_HEALTH_RULES, healthObservationOf, pastSlotsOf } from '@vahti/degradation';
import { checkHealth, DEFAULT_DATA_QUALITY_CONFIG } from '@vahti/detection';
import { EventHealthRepository, EventStoreRepository, type StoredEventRow } from '@vahti/persistence';
import { createTestDatabase } from '@vahti/testing';
import { openTestDataSource, type TestDataSource } from './support/test-data-source';

const INTERVAL_MS = 15 * 60_000;
const AT = Date.parse('2026-03-12T10:00:00Z'); // the interval under review: 10:00–10:15
const WEEK_MS = 7 * 86_400_000;
let sequence = 0;

function event(type: string, at: number, contactId: string | null, data: Record<string, unknown> = {}, tenantId = 'acme'): StoredEventRow {
  sequence += 1;
  return {
    tenantId,
    source: '/acd/test',
    eventId: `e-${sequence}`,
    type: `io.vahti.${type}.v1`,
    occurredAt: new Date(at).toISOString(),
    queueId: 'billing',
    channel: 'voice',
    agentId: null,
    teamId: null,
    contactId,
    customerRef: null,
    contactReason: null,
    subject: null,
    data: JSON.stringify({ ...(contactId !== null && { contactId }), ...data }),
    kafkaPartition: 0,
    kafkaOffset: String(sequence),
  };
}

describe('EventHealthRepository', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: TestDataSource;
  let health: EventHealthRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await openTestDataSource(db.url);
    health = new EventHealthRepository(dataSource);
    const rows: StoredEventRow[] = [];
    // The same slot in the past four weeks: 30, 40, 50 and 400 events (one odd week).
    [30, 40, 50, 400].forEach((n, i) => {
      for (let k = 0; k < n; k += 1) {
        rows.push(event('contact.offered', AT - (i + 1) * WEEK_MS + k * 1000, `past-${i}-${k}`));
      }
    });
    // Four hours before: 10 voice contacts offered; 6 ended, 2 abandoned, 2 never closed. One transfer leg
    // and one e-mail (which may well take 4 h) are not counted.
    const earlier = AT - DEFAULT_HEALTH_RULES.overdueHorizonMs + 60_000;
    for (let k = 0; k < 10; k += 1) {
      rows.push(event('contact.offered', earlier + k, `old-${k}`));
      if (k < 6) {
        rows.push(event('contact.ended', earlier + 600_000 + k, `old-${k}`, { talkSeconds: 200, holdSeconds: 0, wrapUpSeconds: 30 }));
      } else if (k < 8) {
        rows.push(event('contact.abandoned', earlier + 60_000 + k, `old-${k}`));
      }
    }
    rows.push(event('contact.offered', earlier + 20, 'old-transfer', { viaTransfer: true }));
    rows.push({ ...event('contact.offered', earlier + 30, 'old-email'), channel: 'email' });
    // The interval itself: 3 surveys (one about a contact of two days ago, two about unknown contacts),
    // one impossible wait and one plausible, one impossible handle time; and another tenant's events.
    rows.push(event('contact.offered', AT - 2 * 86_400_000, 'known'));
    rows.push(event('survey.responded', AT + 1000, 'known'));
    rows.push(event('survey.responded', AT + 2000, 'nobody-1'));
    rows.push(event('survey.responded', AT + 3000, 'nobody-2'));
    rows.push(event('contact.answered', AT + 4000, 'now-1', { waitSeconds: 200_000 }));
    rows.push(event('contact.answered', AT + 5000, 'now-2', { waitSeconds: 35 }));
    rows.push(event('contact.ended', AT + 6000, 'now-3', { talkSeconds: 90_000, holdSeconds: 0, wrapUpSeconds: 0 }));
    rows.push(event('contact.offered', AT + 7000, 'other', {}, 'globex'));
    await new EventStoreRepository(dataSource).append(rows);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const query = (tenantId = 'acme') => ({
    tenantId,
    intervalStart: AT,
    intervalMs: INTERVAL_MS,
    pastSlots: pastSlotsOf(AT, 4),
    ...DEFAULT_HEALTH_RULES,
  });

  it('counts one tenant’s interval: events, past slots, overdue contacts, orphan surveys, impossible values', async () => {
    expect(await health.countsOf(query())).toEqual({
      events: 6,
      pastEvents: [30, 40, 50, 400],
      contactsPastHorizon: 10,
      openContactsOverdue: 2,
      surveys: 3,
      surveysUnknownContact: 2,
      impossibleValues: 2,
    });
  });

  it('gives the checks what they need: the median of past weeks as expected, and the flags that follow', async () => {
    const observation = healthObservationOf(await health.countsOf(query()));
    expect(observation.expectedEvents).toBe(45);
    const flagged = (config = DEFAULT_DATA_QUALITY_CONFIG): string[] =>
      checkHealth(observation, config)
        .filter((c) => c.flagged)
        .map((c) => c.reason);
    // By default these counts are too small to call broken (at least 5 overdue, 3 orphan surveys, 3 impossible
    // values), and 6 events against 45 expected is thin, not silent.
    expect(flagged()).toEqual([]);
    const strict = { ...DEFAULT_DATA_QUALITY_CONFIG, minOverdueContacts: 2, minUnknownSurveys: 2, minImpossibleValues: 2 };
    expect(flagged(strict).sort()).toEqual(['contacts_never_end', 'impossible_values', 'surveys_unknown_contact']);
  });

  it('keeps tenants apart', async () => {
    expect(await health.countsOf(query('globex'))).toMatchObject({ events: 1, pastEvents: [0, 0, 0, 0], surveys: 0 });
  });
});

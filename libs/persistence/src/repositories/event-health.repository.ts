import type { DataSource } from 'typeorm';
import type { HealthCounts } from '@vahti/degradation';
import { DatabaseUnavailableError, isTransientDatabaseError } from '../database-unavailable.error';

/** What to count about one tenant's interval in the event store (the limits are the caller's rules). */
export interface EventHealthQuery {
  readonly tenantId: string;
  readonly intervalStart: number;
  readonly intervalMs: number;
  /** Starts of the same slot in past weeks, for the expected event count. */
  readonly pastSlots: readonly number[];
  /** A voice or chat contact offered this long before the interval and still open is overdue. */
  readonly overdueHorizonMs: number;
  /** How far back a survey's contact is looked for. */
  readonly surveyLookbackMs: number;
  /** A wait or handle time longer than this on voice or chat is impossible. */
  readonly implausibleSeconds: number;
}

const OFFERED = 'io.vahti.contact.offered.v1';
const ENDED = 'io.vahti.contact.ended.v1';
const ABANDONED = 'io.vahti.contact.abandoned.v1';
const ANSWERED = 'io.vahti.contact.answered.v1';
const SURVEY = 'io.vahti.survey.responded.v1';

/**
 * Read side of the ingestor's event store for the alerter's broken-data checks. Every query is a
 * range scan of one tenant on (tenant_id, occurred_at); the anti-joins become hash anti-joins.
 */
export class EventHealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The counts behind a HealthObservation of one tenant's interval (judged in libs/detection data-quality-checks.ts). */
  async countsOf(q: EventHealthQuery): Promise<HealthCounts> {
    const from = new Date(q.intervalStart);
    const to = new Date(q.intervalStart + q.intervalMs);
    const [current] = await this.query<{ events: number; surveys: number; impossible: number }>(
      `SELECT count(*)::int AS events,
              count(*) FILTER (WHERE type = $4)::int AS surveys,
              count(*) FILTER (WHERE channel IN ('voice', 'chat') AND (
                (type = $5 AND (data->>'waitSeconds')::float8 > $6) OR
                (type = $7 AND coalesce((data->>'talkSeconds')::float8, 0) + coalesce((data->>'holdSeconds')::float8, 0)
                                 + coalesce((data->>'wrapUpSeconds')::float8, 0) > $6)))::int AS impossible
       FROM events WHERE tenant_id = $1 AND occurred_at >= $2 AND occurred_at < $3`,
      [q.tenantId, from, to, SURVEY, ANSWERED, q.implausibleSeconds, ENDED],
    );
    const past = await this.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM events e
               WHERE e.tenant_id = $1 AND e.occurred_at >= s.start AND e.occurred_at < s.start + make_interval(secs => $3))::int AS n
       FROM unnest($2::timestamptz[]) WITH ORDINALITY AS s(start, i) ORDER BY s.i`,
      [q.tenantId, q.pastSlots.map((t) => new Date(t)), q.intervalMs / 1000],
    );
    // Contacts offered one horizon before this interval: closed by an end or an abandonment since.
    const offeredFrom = new Date(q.intervalStart - q.overdueHorizonMs);
    const offeredTo = new Date(q.intervalStart - q.overdueHorizonMs + q.intervalMs);
    const [overdue] = await this.query<{ offered: number; open: number }>(
      `SELECT count(*)::int AS offered,
              count(*) FILTER (WHERE NOT EXISTS (
                SELECT 1 FROM events x WHERE x.tenant_id = $1 AND x.type IN ($5, $6)
                  AND x.occurred_at >= $2 AND x.occurred_at < $4 AND x.contact_id = o.contact_id))::int AS open
       FROM events o
       WHERE o.tenant_id = $1 AND o.type = $7 AND o.channel IN ('voice', 'chat')
         AND o.occurred_at >= $2 AND o.occurred_at < $3 AND coalesce((o.data->>'viaTransfer')::boolean, false) = false`,
      [q.tenantId, offeredFrom, offeredTo, to, ENDED, ABANDONED, OFFERED],
    );
    const [unknown] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events s
       WHERE s.tenant_id = $1 AND s.type = $4 AND s.occurred_at >= $2 AND s.occurred_at < $3
         AND NOT EXISTS (SELECT 1 FROM events o WHERE o.tenant_id = $1 AND o.type = $5
                           AND o.occurred_at >= $6 AND o.occurred_at < $3 AND o.contact_id = s.contact_id)`,
      [q.tenantId, from, to, SURVEY, OFFERED, new Date(q.intervalStart - q.surveyLookbackMs)],
    );
    return {
      events: current?.events ?? 0,
      pastEvents: past.map((r) => r.n),
      contactsPastHorizon: overdue?.offered ?? 0,
      openContactsOverdue: overdue?.open ?? 0,
      surveys: current?.surveys ?? 0,
      surveysUnknownContact: unknown?.n ?? 0,
      impossibleValues: current?.impossible ?? 0,
    };
  }

  /** Epoch ms of the tenant's newest stored event (one backward step of the (tenant_id, occurred_at) index), or null. */
  async newestEventAt(tenantId: string): Promise<number | null> {
    const [row] = await this.query<{ at: Date | null }>(
      'SELECT occurred_at AS at FROM events WHERE tenant_id = $1 ORDER BY occurred_at DESC LIMIT 1',
      [tenantId],
    );
    return row?.at ? row.at.getTime() : null;
  }

  private async query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    try {
      return await this.dataSource.query<T[]>(sql, parameters);
    } catch (error) {
      throw isTransientDatabaseError(error) ? new DatabaseUnavailableError(error) : error;
    }
  }
}

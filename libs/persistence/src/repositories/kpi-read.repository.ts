import type { DataSource } from 'typeorm';
import { DatabaseUnavailableError, isTransientDatabaseError } from '../database-unavailable.error';
import type { WindowQuery } from './aggregate-record';

/** A window of one tenant's aggregates, summed over periods unless `perPeriod`. */
export interface CounterSumQuery extends WindowQuery {
  /** Keep periods apart (time series) instead of summing over the window. */
  readonly perPeriod?: boolean;
}

export interface CounterSum {
  readonly periodStart: number | null;
  readonly channel: string;
  readonly dimension: string;
  readonly dimensionValue: string;
  readonly counters: Record<string, number>;
}

/** Counters of one queue × channel × drill-down row of an interval, summed over the evaluator's partitions. */
export interface IntervalRow {
  readonly periodStart: number;
  readonly queueId: string;
  readonly channel: string;
  readonly dimension: string;
  readonly dimensionValue: string;
  readonly counters: Record<string, number>;
}

export interface StoredSketch {
  readonly periodStart: number;
  readonly channel: string;
  readonly sketch: Uint8Array;
}

/**
 * Read side of the KPI aggregates for the API: PostgreSQL sums the counters of a window (over
 * periods, queues and partitions) so a 30-day scorecard moves a few hundred numbers, not every row.
 */
export class KpiReadRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counter sums per channel and drill-down value (and per period when asked). The stored rows are
   * read and summed here, not in PostgreSQL: exploding each row's counters there (jsonb_each_text,
   * one row per counter) took 9–12 ms for one day of the mid-size tenant against 1 ms for its ~350
   * rows, and seven times as many result rows to parse.
   */
  async sumCounters(q: CounterSumQuery): Promise<CounterSum[]> {
    const rows = await this.query<StoredCounters & { period_ms: number; channel: string; dimension: string; dimension_value: string }>(
      `SELECT (extract(epoch FROM a.period_start) * 1000)::float8 AS period_ms, a.channel, a.dimension, a.dimension_value, a.counters
       FROM kpi_aggregates a
       WHERE a.tenant_id = $1 AND a.granularity = $2 AND a.period_start >= $3 AND a.period_start < $4
         AND a.dimension = ANY($5::text[])
         AND ($6::text IS NULL OR a.queue_id = $6) AND ($7::text IS NULL OR a.channel = $7)`,
      [q.tenantId, q.granularity, new Date(q.from), new Date(q.to), [...q.dimensions], q.queueId ?? null, q.channel ?? null],
    );
    const perPeriod = q.perPeriod === true;
    return sumByGroup(rows, (r) => ({
      periodStart: perPeriod ? r.period_ms : null,
      channel: r.channel,
      dimension: r.dimension,
      dimensionValue: r.dimension_value,
    }));
  }

  /**
   * The interval rows of a tenant at the given interval starts (the alerter's review reads these),
   * summed over the evaluator's partitions here: a review reads ~50 periods, a few thousand stored
   * rows, and exploding each row's counters in PostgreSQL (jsonb_each_text, one result row per
   * counter) made seven times as many rows to group, send and parse (79 against 13 ms a review on
   * the demo's 26 days).
   */
  async intervalRows(tenantId: string, periodStarts: readonly number[], dimensions: readonly string[]): Promise<IntervalRow[]> {
    if (periodStarts.length === 0) {
      return [];
    }
    const rows = await this.query<
      StoredCounters & { period_ms: number; queue_id: string; channel: string; dimension: string; dimension_value: string }
    >(
      `SELECT (extract(epoch FROM a.period_start) * 1000)::float8 AS period_ms, a.queue_id, a.channel, a.dimension,
              a.dimension_value, a.counters
       FROM kpi_aggregates a
       WHERE a.tenant_id = $1 AND a.granularity = 'interval' AND a.period_start = ANY($2::timestamptz[])
         AND a.dimension = ANY($3::text[])`,
      [tenantId, periodStarts.map((t) => new Date(t)), [...dimensions]],
    );
    return sumByGroup(rows, (r) => ({
      periodStart: r.period_ms,
      queueId: r.queue_id,
      channel: r.channel,
      dimension: r.dimension,
      dimensionValue: r.dimension_value,
    }));
  }

  /** The wait sketches of the `all` rows of a window. */
  async waitSketches(q: Omit<WindowQuery, 'dimensions'>): Promise<StoredSketch[]> {
    const rows = await this.query<{ period_start: Date; channel: string; wait_sketch: Buffer }>(
      `SELECT period_start, channel, wait_sketch FROM kpi_aggregates
       WHERE tenant_id = $1 AND granularity = $2 AND period_start >= $3 AND period_start < $4 AND dimension = 'all'
         AND wait_sketch IS NOT NULL
         AND ($5::text IS NULL OR queue_id = $5) AND ($6::text IS NULL OR channel = $6)`,
      [q.tenantId, q.granularity, new Date(q.from), new Date(q.to), q.queueId ?? null, q.channel ?? null],
    );
    return rows.map((r) => ({ periodStart: r.period_start.getTime(), channel: r.channel, sketch: r.wait_sketch }));
  }

  /** A stamp per day of a tenant's window that changes whenever any aggregate of that day changes. */
  async dayVersions(tenantId: string, from: number, to: number): Promise<Map<number, string>> {
    const rows = await this.query<{ period_start: Date; stamp: string }>(
      `SELECT period_start, sum(version)::text || '/' || count(*)::text AS stamp FROM kpi_period_versions
       WHERE tenant_id = $1 AND granularity = 'day' AND period_start >= $2 AND period_start < $3
       GROUP BY period_start`,
      [tenantId, new Date(from), new Date(to)],
    );
    return new Map(rows.map((r) => [r.period_start.getTime(), r.stamp]));
  }

  private async query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    try {
      return await this.dataSource.query<T[]>(sql, parameters);
    } catch (error) {
      throw isTransientDatabaseError(error) ? new DatabaseUnavailableError(error) : error;
    }
  }
}

interface StoredCounters {
  readonly counters: Record<string, number>;
}

/**
 * Stored rows summed per group (the evaluator keeps one row per partition, and a window spans
 * periods and queues). `groupOf` gives a row's group: every field of the result but the counters.
 */
function sumByGroup<R extends StoredCounters, G extends object>(rows: readonly R[], groupOf: (row: R) => G): Array<G & StoredCounters> {
  const summed = new Map<string, G & { counters: Record<string, number> }>();
  for (const r of rows) {
    const group = groupOf(r);
    const key = Object.values(group).join('\u001f');
    const entry = summed.get(key);
    if (entry === undefined) {
      summed.set(key, { ...group, counters: { ...r.counters } });
      continue;
    }
    for (const name in r.counters) {
      entry.counters[name] = (entry.counters[name] ?? 0) + Number(r.counters[name]);
    }
  }
  return [...summed.values()];
}

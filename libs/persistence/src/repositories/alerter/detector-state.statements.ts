// A small generic store for detector state between KPI snapshots: one JSON value per tenant, series
// and metric. The same statements run standalone (DetectorStateRepository) or inside the alerter
// transaction that records the signals the detectors produced, so state and signals commit together.

/** One stored detector state. */
export interface DetectorState {
  readonly tenantId: string;
  readonly seriesKey: string;
  readonly metric: string;
  readonly state: unknown;
  /** Epoch ms of the last save. */
  readonly updatedAt: number;
}

/** Runs one statement and returns its rows. */
export type SqlRunner = <R extends object>(sql: string, params: unknown[]) => Promise<R[]>;

interface Row {
  tenant_id: string;
  series_key: string;
  metric: string;
  state: unknown;
  updated_at: Date;
}

const toState = (r: Row): DetectorState => ({
  tenantId: r.tenant_id,
  seriesKey: r.series_key,
  metric: r.metric,
  state: r.state,
  updatedAt: r.updated_at.getTime(),
});

/** Load, save and forget detector states. */
export class DetectorStateStatements {
  constructor(private readonly run: SqlRunner) {}

  /** The states of a tenant's series (all its series when `seriesKeys` is absent). */
  async load(tenantId: string, seriesKeys?: readonly string[]): Promise<DetectorState[]> {
    const rows = await this.run<Row>(
      `SELECT tenant_id, series_key, metric, state, updated_at FROM detector_states
       WHERE tenant_id = $1 AND ($2::text[] IS NULL OR series_key = ANY($2::text[])) ORDER BY series_key, metric`,
      [tenantId, seriesKeys === undefined ? null : [...seriesKeys]],
    );
    return rows.map(toState);
  }

  /** One series and metric of every tenant (e.g. every tenant's review progress at start-up). */
  async loadEveryTenant(seriesKey: string, metric: string): Promise<DetectorState[]> {
    const rows = await this.run<Row>(
      `SELECT tenant_id, series_key, metric, state, updated_at FROM detector_states
       WHERE series_key = $1 AND metric = $2 ORDER BY tenant_id`,
      [seriesKey, metric],
    );
    return rows.map(toState);
  }

  /** Upserts states in one statement. */
  async save(states: readonly Omit<DetectorState, 'updatedAt'>[], now: number): Promise<void> {
    if (states.length === 0) {
      return;
    }
    await this.run(
      `INSERT INTO detector_states (tenant_id, series_key, metric, state, updated_at)
       SELECT t, k, m, s, $2 FROM jsonb_to_recordset($1::jsonb) AS r(t text, k text, m text, s jsonb)
       ON CONFLICT (tenant_id, series_key, metric) DO UPDATE SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at`,
      [JSON.stringify(states.map((s) => ({ t: s.tenantId, k: s.seriesKey, m: s.metric, s: s.state ?? null }))), new Date(now)],
    );
  }

  /** Deletes states not saved since `before` (series that went away); returns how many. */
  async forgetOlderThan(before: number): Promise<number> {
    const rows = await this.run<{ n: number }>(
      `WITH gone AS (DELETE FROM detector_states WHERE updated_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [new Date(before)],
    );
    return rows[0]?.n ?? 0;
  }
}

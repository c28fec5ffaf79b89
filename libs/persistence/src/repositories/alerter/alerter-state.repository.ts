// The alerter's state in PostgreSQL: writes go through one transaction per change (instance, events,
// notification log and outbox together, see AlerterStateTransaction); reads serve the REST API and
// the open-alert gauges. Every read is scoped by tenant, so one tenant's key never sees another's rows.
import type { DataSource } from 'typeorm';
import type { AlertEvent, AlertInstance, AlertState, Silence } from '@vahti/alerting';
import { INSTANCE_COLUMNS, toInstance, toSilence, type EventRow, type InstanceRow, type SilenceRow } from './alert-rows';
import { AlerterStateTransaction } from './alerter-state.transaction';
import { inPoolTransaction, poolQuery } from './run-query';

/** Filters of the alert list; absent fields do not filter. */
export interface AlertFilter {
  readonly tenantId: string;
  readonly states: readonly AlertState[];
  readonly severity?: string;
  readonly kpi?: string;
  readonly queue?: string;
  readonly limit: number;
}

/** Open alerts per tenant, severity and state. */
export interface OpenAlertCount {
  readonly tenantId: string;
  readonly severity: string;
  readonly state: string;
  readonly count: number;
}

/** Alert instances, their events, silences: transactions for changes, tenant-scoped reads for the API. */
export class AlerterStateRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction; outages surface as DatabaseUnavailableError. */
  inTransaction<T>(work: (tx: AlerterStateTransaction) => Promise<T>): Promise<T> {
    return inPoolTransaction(this.dataSource, (client) => work(new AlerterStateTransaction(client)));
  }

  /** A tenant's alerts, newest first. */
  async listInstances(filter: AlertFilter): Promise<AlertInstance[]> {
    const rows = await poolQuery<InstanceRow>(
      this.dataSource,
      `SELECT ${INSTANCE_COLUMNS} FROM alert_instances
       WHERE tenant_id = $1 AND state = ANY($2::text[])
         AND ($3::text IS NULL OR severity = $3) AND ($4::text IS NULL OR labels->>'kpi' = $4) AND ($5::text IS NULL OR labels->>'queue' = $5)
       ORDER BY starts_at DESC, id LIMIT $6`,
      [filter.tenantId, [...filter.states], filter.severity ?? null, filter.kpi ?? null, filter.queue ?? null, filter.limit],
    );
    return rows.map(toInstance);
  }

  /** One alert of a tenant; undefined when it does not exist or belongs to another tenant. */
  async getInstance(tenantId: string, id: string): Promise<AlertInstance | undefined> {
    const rows = await poolQuery<InstanceRow>(
      this.dataSource,
      `SELECT ${INSTANCE_COLUMNS} FROM alert_instances WHERE tenant_id = $1 AND id = $2`,
      [tenantId, id],
    );
    return rows[0] === undefined ? undefined : toInstance(rows[0]);
  }

  /** The lifecycle events of one alert, oldest first. */
  async eventsOf(tenantId: string, instanceId: string): Promise<AlertEvent[]> {
    const rows = await poolQuery<EventRow>(
      this.dataSource,
      `SELECT detail FROM alert_events WHERE tenant_id = $1 AND instance_id = $2 ORDER BY id`,
      [tenantId, instanceId],
    );
    return rows.map((r) => r.detail);
  }

  /** A tenant's silences, newest first; expired ones only when `includeExpired`, at most `limit`. */
  async listSilences(tenantId: string, now: number, includeExpired: boolean, limit: number): Promise<Silence[]> {
    const rows = await poolQuery<SilenceRow>(
      this.dataSource,
      `SELECT * FROM alert_silences WHERE tenant_id = $1 AND ($2::boolean OR ends_at > $3) ORDER BY created_at DESC, id LIMIT $4`,
      [tenantId, includeExpired, new Date(now), limit],
    );
    return rows.map(toSilence);
  }

  /** Open alerts by tenant, severity and state, for the gauges. */
  async openAlertCounts(): Promise<OpenAlertCount[]> {
    const rows = await poolQuery<{ tenant_id: string; severity: string; state: string; n: number }>(
      this.dataSource,
      `SELECT tenant_id, severity, state, count(*)::int AS n FROM alert_instances WHERE state <> 'resolved' GROUP BY 1, 2, 3`,
      [],
    );
    return rows.map((r) => ({ tenantId: r.tenant_id, severity: r.severity, state: r.state, count: r.n }));
  }

  /** Succeeds when the database answers. */
  async ping(): Promise<void> {
    await poolQuery(this.dataSource, 'SELECT 1', []);
  }
}

// The statements of one alerter transaction. Callers lock the tenants they change first
// (lockTenants), which serialises signal recording, user actions and notification planning per
// tenant across every alerter instance; everything read after the lock is current.
import type { PoolClient } from 'pg';
import type { AlertEvent, AlertInstance, NotificationLogEntry, Silence } from '@vahti/alerting';
import {
  INSTANCE_COLUMNS,
  instanceParams,
  toInstance,
  toLogEntry,
  toSilence,
  type InstanceRow,
  type LogRow,
  type SilenceRow,
} from './alert-rows';
import { DetectorStateStatements } from './detector-state.statements';
import type { OutboxEntry } from './outbox-record';

const INSTANCE_PLACEHOLDERS = INSTANCE_COLUMNS.split(', ')
  .map((_, i) => `$${i + 1}`)
  .join(', ');
const INSTANCE_UPDATES = INSTANCE_COLUMNS.split(', ')
  .filter((c) => c !== 'id')
  .map((c) => `${c} = EXCLUDED.${c}`)
  .join(', ');

/** One transaction on the alerter's tables. */
export class AlerterStateTransaction {
  /** Detector state in the same transaction (so the KPI consumer can store it with the signals it produced). */
  readonly detectorStates: DetectorStateStatements;

  constructor(private readonly client: PoolClient) {
    this.detectorStates = new DetectorStateStatements((sql, params) => this.rows(sql, params));
  }

  /** Transaction-scoped advisory locks on tenants, taken in sorted order so two writers cannot deadlock. */
  async lockTenants(tenantIds: readonly string[]): Promise<void> {
    const sorted = [...new Set(tenantIds)].sort();
    if (sorted.length === 0) {
      return;
    }
    await this.client.query(
      `SELECT count(pg_advisory_xact_lock(hashtextextended('vahti.alerter.tenant/' || t, 0))) FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i)`,
      [sorted],
    );
  }

  /** The open instance of a fingerprint, else its latest resolved one (for stale-signal checks), else undefined. */
  async currentInstance(tenantId: string, fingerprint: string): Promise<AlertInstance | undefined> {
    const rows = await this.rows<InstanceRow>(
      `SELECT ${INSTANCE_COLUMNS} FROM alert_instances WHERE tenant_id = $1 AND fingerprint = $2
       ORDER BY (state <> 'resolved') DESC, last_signal_at DESC LIMIT 1`,
      [tenantId, fingerprint],
    );
    return rows[0] === undefined ? undefined : toInstance(rows[0]);
  }

  /** One instance of a tenant by id. */
  async instance(tenantId: string, id: string): Promise<AlertInstance | undefined> {
    const rows = await this.rows<InstanceRow>(`SELECT ${INSTANCE_COLUMNS} FROM alert_instances WHERE tenant_id = $1 AND id = $2`, [
      tenantId,
      id,
    ]);
    return rows[0] === undefined ? undefined : toInstance(rows[0]);
  }

  /** Every firing or acknowledged instance of a tenant. */
  async openInstances(tenantId: string): Promise<AlertInstance[]> {
    const rows = await this.rows<InstanceRow>(
      `SELECT ${INSTANCE_COLUMNS} FROM alert_instances WHERE tenant_id = $1 AND state <> 'resolved' ORDER BY starts_at, id`,
      [tenantId],
    );
    return rows.map(toInstance);
  }

  /** Resolved instances among `ids` (those whose resolution a receiver may still wait for). */
  async resolvedInstances(tenantId: string, ids: readonly string[]): Promise<AlertInstance[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.rows<InstanceRow>(
      `SELECT ${INSTANCE_COLUMNS} FROM alert_instances WHERE tenant_id = $1 AND state = 'resolved' AND id = ANY($2::uuid[])`,
      [tenantId, [...new Set(ids)]],
    );
    return rows.map(toInstance);
  }

  /** Inserts or updates an instance (ids are derived, so a replay writes the same row). */
  async saveInstance(instance: AlertInstance): Promise<void> {
    await this.client.query(
      `INSERT INTO alert_instances (${INSTANCE_COLUMNS}) VALUES (${INSTANCE_PLACEHOLDERS})
       ON CONFLICT (id) DO UPDATE SET ${INSTANCE_UPDATES}`,
      instanceParams(instance),
    );
  }

  /** Appends lifecycle events. */
  async appendEvents(events: readonly AlertEvent[], recordedAt: number): Promise<void> {
    if (events.length === 0) {
      return;
    }
    await this.client.query(
      `INSERT INTO alert_events (instance_id, tenant_id, kind, at, severity, detail, recorded_at)
       SELECT (e->>'instanceId')::uuid, e->>'tenantId', e->>'kind', to_timestamp((e->>'at')::double precision / 1000), e->>'severity', e, $2
       FROM jsonb_array_elements($1::jsonb) AS e`,
      [JSON.stringify(events), new Date(recordedAt)],
    );
  }

  /** The latest notification-log entry of each group and receiver of a tenant. */
  async latestLogEntries(tenantId: string): Promise<NotificationLogEntry[]> {
    const rows = await this.rows<LogRow>(
      `SELECT DISTINCT ON (group_key, receiver) * FROM alert_notification_log WHERE tenant_id = $1
       ORDER BY group_key, receiver, sequence DESC`,
      [tenantId],
    );
    return rows.map(toLogEntry);
  }

  /** A tenant's silences that have not ended by `now` (active and pending). */
  async currentSilences(tenantId: string, now: number): Promise<Silence[]> {
    const rows = await this.rows<SilenceRow>(`SELECT * FROM alert_silences WHERE tenant_id = $1 AND ends_at > $2 ORDER BY starts_at, id`, [
      tenantId,
      new Date(now),
    ]);
    return rows.map(toSilence);
  }

  /** One silence of a tenant by id. */
  async silence(tenantId: string, id: string): Promise<Silence | undefined> {
    const rows = await this.rows<SilenceRow>(`SELECT * FROM alert_silences WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
    return rows[0] === undefined ? undefined : toSilence(rows[0]);
  }

  /** Inserts or updates a silence. */
  async saveSilence(silence: Silence, now: number): Promise<void> {
    await this.client.query(
      `INSERT INTO alert_silences (id, tenant_id, matchers, starts_at, ends_at, created_by, comment, created_at, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (id) DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, updated_at = EXCLUDED.updated_at`,
      [
        silence.id,
        silence.tenantId,
        JSON.stringify(silence.matchers),
        new Date(silence.startsAt),
        new Date(silence.endsAt),
        silence.createdBy,
        silence.comment,
        new Date(silence.createdAt),
        new Date(now),
      ],
    );
  }

  /**
   * Records a planned notification: its log entry and its outbox row, together. With `supersede`
   * (Alertmanager receivers) older undelivered pushes of the same group are dropped, not sent late.
   */
  async enqueueNotification(entry: NotificationLogEntry, outbox: OutboxEntry, options: { supersede: boolean }): Promise<void> {
    await this.client.query(
      `INSERT INTO alert_notification_log (tenant_id, group_key, receiver, sequence, sent_at, status, reason, alerts, content_hash, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
      [
        entry.tenantId,
        entry.groupKey,
        entry.receiver,
        entry.sequence,
        new Date(entry.sentAt),
        entry.status,
        entry.reason,
        JSON.stringify(entry.alerts),
        entry.contentHash,
        entry.idempotencyKey,
      ],
    );
    const now = new Date(entry.sentAt);
    if (options.supersede) {
      await this.client.query(
        `UPDATE alert_outbox SET status = 'superseded', last_error = $5, updated_at = $6
         WHERE tenant_id = $1 AND receiver = $2 AND group_key = $3 AND status = 'pending' AND sequence < $4`,
        [outbox.tenantId, outbox.receiver, outbox.groupKey, outbox.sequence, `superseded by notification ${outbox.sequence}`, now],
      );
    }
    await this.client.query(
      `INSERT INTO alert_outbox (idempotency_key, tenant_id, receiver, receiver_kind, group_key, sequence, payload, status, attempts,
                                 next_attempt_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, 'pending', 0, $8, $9, $9)`,
      [
        outbox.idempotencyKey,
        outbox.tenantId,
        outbox.receiver,
        outbox.receiverKind,
        outbox.groupKey,
        outbox.sequence,
        JSON.stringify(outbox.payload),
        new Date(outbox.nextAttemptAt),
        now,
      ],
    );
  }

  private async rows<R extends object>(sql: string, params: unknown[]): Promise<R[]> {
    return (await this.client.query<R>(sql, params)).rows;
  }
}

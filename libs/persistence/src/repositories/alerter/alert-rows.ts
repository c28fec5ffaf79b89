// Rows of the alerter's tables ↔ @vahti/alerting's plain values. Times are epoch ms in the domain and
// timestamptz in PostgreSQL (millisecond values survive the round trip exactly); JSON columns hold
// labels, values, candidates, matchers and notified alerts as the lib shapes them.
import type {
  AlertEvent,
  AlertInstance,
  AlertState,
  AlertValue,
  Matcher,
  NotificationLogEntry,
  NotifiedAlert,
  NotifyReason,
  RootCause,
  Severity,
  Silence,
} from '@vahti/alerting';

/** Column list of alert_instances, in the order of instanceParams. */
export const INSTANCE_COLUMNS =
  'id, tenant_id, fingerprint, state, severity, labels, starts_at, last_signal_at, updated_at, resolved_at, ' +
  'acknowledged_by, acknowledged_at, acknowledgement_comment, summary, description, value, candidates';

export interface InstanceRow {
  id: string;
  tenant_id: string;
  fingerprint: string;
  state: string;
  severity: string;
  labels: Record<string, string>;
  starts_at: Date;
  last_signal_at: Date;
  updated_at: Date;
  resolved_at: Date | null;
  acknowledged_by: string | null;
  acknowledged_at: Date | null;
  acknowledgement_comment: string | null;
  summary: string;
  description: string;
  value: AlertValue | null;
  candidates: RootCause[];
}

/** A stored row as the lib's AlertInstance. */
export function toInstance(row: InstanceRow): AlertInstance {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    fingerprint: row.fingerprint,
    labels: row.labels,
    severity: row.severity as Severity,
    state: row.state as AlertState,
    startsAt: row.starts_at.getTime(),
    lastSignalAt: row.last_signal_at.getTime(),
    updatedAt: row.updated_at.getTime(),
    resolvedAt: row.resolved_at?.getTime() ?? null,
    acknowledgement:
      row.acknowledged_by === null || row.acknowledged_at === null
        ? null
        : { by: row.acknowledged_by, at: row.acknowledged_at.getTime(), comment: row.acknowledgement_comment },
    summary: row.summary,
    description: row.description,
    value: row.value,
    candidates: row.candidates,
  };
}

/** Parameters $1..$17 of an instance, in INSTANCE_COLUMNS order. */
export function instanceParams(i: AlertInstance): unknown[] {
  return [
    i.id,
    i.tenantId,
    i.fingerprint,
    i.state,
    i.severity,
    JSON.stringify(i.labels),
    new Date(i.startsAt),
    new Date(i.lastSignalAt),
    new Date(i.updatedAt),
    i.resolvedAt === null ? null : new Date(i.resolvedAt),
    i.acknowledgement?.by ?? null,
    i.acknowledgement === null ? null : new Date(i.acknowledgement.at),
    i.acknowledgement?.comment ?? null,
    i.summary,
    i.description,
    i.value === null ? null : JSON.stringify(i.value),
    JSON.stringify(i.candidates),
  ];
}

export interface LogRow {
  tenant_id: string;
  group_key: string;
  receiver: string;
  sequence: number;
  sent_at: Date;
  status: string;
  reason: string;
  alerts: NotifiedAlert[];
  content_hash: string;
  idempotency_key: string;
}

/** A notification-log row as the lib's entry. */
export function toLogEntry(row: LogRow): NotificationLogEntry {
  return {
    tenantId: row.tenant_id,
    groupKey: row.group_key,
    receiver: row.receiver,
    sequence: row.sequence,
    sentAt: row.sent_at.getTime(),
    status: row.status as NotificationLogEntry['status'],
    reason: row.reason as NotifyReason,
    alerts: row.alerts,
    contentHash: row.content_hash,
    idempotencyKey: row.idempotency_key,
  };
}

export interface SilenceRow {
  id: string;
  tenant_id: string;
  matchers: Matcher[];
  starts_at: Date;
  ends_at: Date;
  created_by: string;
  comment: string;
  created_at: Date;
}

/** A silence row as the lib's Silence. */
export function toSilence(row: SilenceRow): Silence {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    matchers: row.matchers,
    startsAt: row.starts_at.getTime(),
    endsAt: row.ends_at.getTime(),
    createdBy: row.created_by,
    comment: row.comment,
    createdAt: row.created_at.getTime(),
  };
}

export interface EventRow {
  detail: AlertEvent;
}

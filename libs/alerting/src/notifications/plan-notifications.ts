// Turns the per-receiver decisions into the notifications due now, each with its sequence number,
// idempotency key and the log entry the app must store with it (in the outbox transaction). Also
// says when to look again, by re-deciding with the new entries in place, so the app can sleep until
// then instead of polling. Same groups, log, mutes and time in → same notifications out.
import type { AlertGroup, GroupReceiver } from '../grouping/group-alerts';
import { contentHashOf, idempotencyKeyOf } from './idempotency-key';
import { latestEntry, type NotificationLogEntry, type NotifyReason } from './notification-log';
import { decideNotification, type NotificationAlert } from './notify-decision';

export interface PlannedNotification {
  readonly tenantId: string;
  readonly groupKey: string;
  readonly routeKey: string;
  readonly groupLabels: Readonly<Record<string, string>>;
  readonly receiver: GroupReceiver;
  readonly sequence: number;
  readonly reason: NotifyReason;
  /** `resolved` only when every alert in it is resolved (Alertmanager's group status). */
  readonly status: 'firing' | 'resolved';
  readonly idempotencyKey: string;
  readonly contentHash: string;
  readonly plannedAt: number;
  readonly alerts: readonly NotificationAlert[];
  /** Store this with the outbox rows, in the same transaction. */
  readonly logEntry: NotificationLogEntry;
}

export interface NotificationPlan {
  readonly due: readonly PlannedNotification[];
  /** Earliest future time something becomes due, assuming `due` was recorded; null if nothing is pending. */
  readonly nextCheckAt: number | null;
}

/** The notifications due at `now` for these groups, given the notification log and the muted instance ids. */
export function planNotifications(
  groups: readonly AlertGroup[],
  log: readonly NotificationLogEntry[],
  muted: Readonly<Record<string, unknown>>,
  now: number,
): NotificationPlan {
  const due: PlannedNotification[] = [];
  let nextCheckAt: number | null = null;
  const later = (t: number): void => {
    if (t > now && (nextCheckAt === null || t < nextCheckAt)) {
      nextCheckAt = t;
    }
  };
  for (const group of groups) {
    for (const receiver of group.receivers) {
      const entry = latestEntry(log, group.key, receiver.name);
      const decision = decideNotification(group, receiver, entry, muted);
      if (decision === null) {
        continue;
      }
      if (decision.dueAt > now) {
        later(decision.dueAt);
        continue;
      }
      const notification = buildNotification(group, receiver, entry, decision.reason, decision.alerts, now);
      due.push(notification);
      const after = decideNotification(group, receiver, notification.logEntry, muted);
      if (after !== null) {
        later(after.dueAt);
      }
    }
  }
  return { due, nextCheckAt };
}

function buildNotification(
  group: AlertGroup,
  receiver: GroupReceiver,
  entry: NotificationLogEntry | undefined,
  reason: NotifyReason,
  alerts: readonly NotificationAlert[],
  now: number,
): PlannedNotification {
  const sequence = (entry?.sequence ?? 0) + 1;
  const status = alerts.some((a) => a.status !== 'resolved') ? 'firing' : 'resolved';
  const notified = alerts.map(({ instance, status: s }) => ({
    instanceId: instance.id,
    fingerprint: instance.fingerprint,
    status: s,
    severity: instance.severity,
  }));
  const contentHash = contentHashOf(notified);
  const idempotencyKey = idempotencyKeyOf({ tenantId: group.tenantId, receiver: receiver.name, groupKey: group.key, status, sequence });
  const logEntry: NotificationLogEntry = {
    tenantId: group.tenantId,
    groupKey: group.key,
    receiver: receiver.name,
    sequence,
    sentAt: now,
    status,
    reason,
    alerts: notified,
    contentHash,
    idempotencyKey,
  };
  return {
    tenantId: group.tenantId,
    groupKey: group.key,
    routeKey: group.routeKey,
    groupLabels: group.groupLabels,
    receiver,
    sequence,
    reason,
    status,
    idempotencyKey,
    contentHash,
    plannedAt: now,
    alerts,
    logEntry,
  };
}

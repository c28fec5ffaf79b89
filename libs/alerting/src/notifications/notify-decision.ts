// The one decision of the notification pipeline, for one group and one receiver: is a notification
// due, why, from when, and with which alerts. It reads only the group's instances, the receiver's
// latest log entry and the mutes, so it gives the same answer after a restart. The questions follow
// Alertmanager's DedupStage.needsUpdate (notify/dedup_stage.go) and aggregation-group timers (§C.1):
//   - alerts the receiver was not told of, or a severity change (for people only an escalation; for
//     an Alertmanager either way, labels being its identity): a new sequence waits group_wait from
//     the first such alert's start (and at least group_interval after the last notification, which
//     damps flapping, §C.3 alertmanager#3048); an open sequence waits group_interval after the last
//     notification;
//   - resolutions of alerts the receiver was told of: group_interval after the last notification, once
//     (the next entry lists them as resolved, and resolved alerts are never told twice);
//   - otherwise repeat_interval after the last notification while an unacknowledged alert fires.
// Muted alerts are not shown and do not count; acknowledged ones are shown but do not repeat.
import { severityRank, type Severity } from '../model/constants';
import { isActive, type AlertInstance } from '../model/alert-instance';
import type { AlertGroup, GroupReceiver } from '../grouping/group-alerts';
import type { NotificationLogEntry, NotifiedAlert, NotifiedStatus, NotifyReason } from './notification-log';
import { receiverTiming } from './receiver-timing';

export interface NotificationAlert {
  readonly instance: AlertInstance;
  readonly status: NotifiedStatus;
  /** The severity the receiver was last told, when it differs from the current one. */
  readonly previousSeverity: Severity | null;
}

export interface NotifyDecision {
  readonly reason: NotifyReason;
  /** Epoch ms from which the notification is due (it may lie in the past or the future). */
  readonly dueAt: number;
  /** What the notification says, firing first. */
  readonly alerts: readonly NotificationAlert[];
}

const STATUS_ORDER: Readonly<Record<NotifiedStatus, number>> = { firing: 0, acknowledged: 1, resolved: 2 };

/** Whether (and from when) `receiver` is due a notification about `group`; null when nothing is pending. */
export function decideNotification(
  group: AlertGroup,
  receiver: GroupReceiver,
  entry: NotificationLogEntry | undefined,
  muted: Readonly<Record<string, unknown>>,
): NotifyDecision | null {
  const timing = receiverTiming(group.timing, receiver.kind);
  const told = new Map<string, NotifiedAlert>();
  for (const alert of entry?.alerts ?? []) {
    if (alert.status !== 'resolved') {
      told.set(alert.instanceId, alert);
    }
  }
  const shown = group.instances.filter((i) => isActive(i) && muted[i.id] === undefined);
  const repeating = shown.filter((i) => i.state === 'firing' || timing.repeatAcknowledged);
  const fresh = repeating.filter((i) => {
    const before = told.get(i.id);
    if (before === undefined) {
      return true;
    }
    const delta = severityRank(i.severity) - severityRank(before.severity);
    return timing.anySeverityChange ? delta !== 0 : delta > 0;
  });
  const resolved = timing.sendResolved ? group.instances.filter((i) => i.state === 'resolved' && told.has(i.id)) : [];
  const sequenceOpen = group.instances.some((i) => isActive(i) && told.has(i.id));
  const lastSent = entry?.sentAt ?? Number.NEGATIVE_INFINITY;

  let reason: NotifyReason;
  let dueAt: number;
  if (fresh.length > 0) {
    if (!sequenceOpen) {
      reason = 'first';
      const firstStart = Math.min(...fresh.map((i) => i.startsAt));
      dueAt = Math.max(firstStart + timing.groupWaitMs, lastSent + timing.groupIntervalMs);
    } else {
      reason = fresh.some((i) => !told.has(i.id)) ? 'new_alerts' : 'severity_changed';
      dueAt = lastSent + timing.groupIntervalMs;
    }
  } else if (resolved.length > 0) {
    reason = 'resolved';
    dueAt = lastSent + timing.groupIntervalMs;
  } else if (repeating.length > 0 && entry !== undefined) {
    reason = 'repeat';
    dueAt = entry.sentAt + timing.repeatIntervalMs;
  } else {
    return null;
  }

  const alerts = [
    ...shown.map((instance) => contentOf(instance, instance.state === 'acknowledged' ? 'acknowledged' : 'firing', told)),
    ...resolved.map((instance) => contentOf(instance, 'resolved', told)),
  ].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      severityRank(b.instance.severity) - severityRank(a.instance.severity) ||
      a.instance.startsAt - b.instance.startsAt ||
      (a.instance.id < b.instance.id ? -1 : a.instance.id > b.instance.id ? 1 : 0),
  );
  return { reason, dueAt, alerts };
}

function contentOf(instance: AlertInstance, status: NotifiedStatus, told: ReadonlyMap<string, NotifiedAlert>): NotificationAlert {
  const before = told.get(instance.id)?.severity;
  return { instance, status, previousSeverity: before !== undefined && before !== instance.severity ? before : null };
}

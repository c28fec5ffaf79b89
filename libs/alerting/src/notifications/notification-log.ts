// The notification log (Alertmanager's nflog, detection-and-stack.md §C.4): per group and receiver,
// what was last notified, when, in which sequence position and with which content. The app writes an
// entry in the same transaction as the outbox rows of the notification, so after a restart the
// planner, reading the same log, neither forgets that a notification went out nor sends it again.
import type { Severity } from '../model/constants';

/** How an alert appeared in a notification. */
export type NotifiedStatus = 'firing' | 'acknowledged' | 'resolved';

/** Why a notification was due (Alertmanager's NotifyReason, notify/dedup_stage.go, in our words). */
export const NOTIFY_REASONS = ['first', 'new_alerts', 'severity_changed', 'resolved', 'repeat'] as const;
export type NotifyReason = (typeof NOTIFY_REASONS)[number];

export interface NotifiedAlert {
  readonly instanceId: string;
  readonly fingerprint: string;
  readonly status: NotifiedStatus;
  readonly severity: Severity;
}

export interface NotificationLogEntry {
  readonly tenantId: string;
  readonly groupKey: string;
  readonly receiver: string;
  /** 1 for the first notification of this group to this receiver, +1 for each one after. */
  readonly sequence: number;
  /** Epoch ms the notification was planned (and enqueued). */
  readonly sentAt: number;
  readonly status: 'firing' | 'resolved';
  readonly reason: NotifyReason;
  readonly alerts: readonly NotifiedAlert[];
  readonly contentHash: string;
  readonly idempotencyKey: string;
}

/** The entry with the highest sequence for a group and receiver (the log may hold older ones too). */
export function latestEntry(log: readonly NotificationLogEntry[], groupKey: string, receiver: string): NotificationLogEntry | undefined {
  let latest: NotificationLogEntry | undefined;
  for (const entry of log) {
    if (entry.groupKey === groupKey && entry.receiver === receiver && (latest === undefined || entry.sequence > latest.sequence)) {
      latest = entry;
    }
  }
  return latest;
}

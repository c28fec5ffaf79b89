// What the outbox holds per notification, as the alerter app writes and claims it.
import type { ReceiverKind, RenderedNotification } from '@vahti/alerting';

/** A rendered notification to enqueue (with its notification-log entry, in one transaction). */
export interface OutboxEntry {
  readonly idempotencyKey: string;
  readonly tenantId: string;
  readonly receiver: string;
  readonly receiverKind: ReceiverKind;
  readonly groupKey: string;
  readonly sequence: number;
  readonly payload: RenderedNotification;
  /** Epoch ms of the first attempt (normally the enqueue time). */
  readonly nextAttemptAt: number;
}

/** A row a worker claimed: deliver it, then report the result with its claim token. */
export interface ClaimedNotification extends OutboxEntry {
  readonly id: string;
  /** Attempts including this one. */
  readonly attempts: number;
  readonly claimToken: string;
  readonly createdAt: number;
}

/** What became of an attempt. */
export type AttemptRecord =
  | { readonly status: 'delivered' }
  | { readonly status: 'retry'; readonly nextAttemptAt: number; readonly error: string }
  | { readonly status: 'failed'; readonly error: string };

/** Pending notifications per receiver kind, and the age of the oldest. */
export interface OutboxBacklog {
  readonly receiverKind: string;
  readonly pending: number;
  /** Epoch ms the oldest pending row was enqueued. */
  readonly oldestCreatedAt: number;
}

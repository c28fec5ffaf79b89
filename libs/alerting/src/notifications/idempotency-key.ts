// The idempotency key of a notification and the hash of its content. The key names one notification:
// it is derived from tenant, receiver, group, status and the group's sequence number, never from the
// clock, so every retry and every redelivery after a crash carries the same key, and the next
// notification of the group (sequence + 1) a different one. Receivers that de-duplicate on it show
// each notification once. 32 hex characters (128 bits) fit Idempotency-Key headers and Message-IDs.
import { stableHash } from '../model/stable-hash';
import type { NotifiedAlert } from './notification-log';

export const IDEMPOTENCY_KEY_LENGTH = 32;

export interface NotificationIdentity {
  readonly tenantId: string;
  readonly receiver: string;
  readonly groupKey: string;
  readonly status: 'firing' | 'resolved';
  readonly sequence: number;
}

/** Same notification → same key, on every attempt and after every restart. */
export function idempotencyKeyOf(identity: NotificationIdentity): string {
  const { tenantId, receiver, groupKey, status, sequence } = identity;
  return stableHash({ tenantId, receiver, groupKey, status, sequence }).slice(0, IDEMPOTENCY_KEY_LENGTH);
}

/** Hash of what a notification said about which alerts (ids, statuses, severities), order-independent. */
export function contentHashOf(alerts: readonly NotifiedAlert[]): string {
  const sorted = [...alerts].sort((a, b) => (a.instanceId < b.instanceId ? -1 : a.instanceId > b.instanceId ? 1 : 0));
  return stableHash(sorted.map(({ instanceId, fingerprint, status, severity }) => ({ instanceId, fingerprint, status, severity })));
}

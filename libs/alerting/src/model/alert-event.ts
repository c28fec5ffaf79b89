// Lifecycle events: the audit trail the app stores and publishes. One event per transition, so a
// redelivered signal that changes nothing yields none.
import type { Severity } from './constants';

interface EventBase {
  readonly instanceId: string;
  readonly tenantId: string;
  readonly fingerprint: string;
  /** When it happened: the signal's time, or the user's action time. */
  readonly at: number;
  /** Severity after the event. */
  readonly severity: Severity;
}

export interface FiredEvent extends EventBase {
  readonly kind: 'fired';
}

export interface UpdatedEvent extends EventBase {
  readonly kind: 'updated';
  /** escalated/deescalated: severity changed; unacknowledged: a user took the acknowledgement back. */
  readonly change: 'escalated' | 'deescalated' | 'unacknowledged';
  readonly previousSeverity: Severity;
  /** True when an escalation returned an acknowledged instance to firing. */
  readonly reopened: boolean;
  readonly by: string | null;
}

export interface AcknowledgedEvent extends EventBase {
  readonly kind: 'acknowledged';
  readonly by: string;
  readonly comment: string | null;
}

export interface ResolvedEvent extends EventBase {
  readonly kind: 'resolved';
}

export type AlertEvent = FiredEvent | UpdatedEvent | AcknowledgedEvent | ResolvedEvent;

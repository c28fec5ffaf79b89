// One alert instance = one trip of one fingerprint: it starts firing, may be acknowledged and ends
// resolved. Plain JSON (nulls, no undefined, epoch ms) because the app stores it as a row and the
// planner reads it back after a restart; annotations are always the most recent (Alertmanager's rule,
// detection-and-stack.md §C.1), identity never changes.
import type { AlertState, Severity } from './constants';
import type { AlertLabels, AlertValue, RootCause } from './alert-signal';

export interface Acknowledgement {
  readonly by: string;
  readonly at: number;
  readonly comment: string | null;
}

export interface AlertInstance {
  /** Unique per trip (lifecycle/instance-id.ts): a new trip after resolution gets a new id. */
  readonly id: string;
  readonly tenantId: string;
  /** Stable over trips and severities (lifecycle/fingerprint.ts). */
  readonly fingerprint: string;
  /** Current labels, severity included. */
  readonly labels: AlertLabels;
  readonly severity: Severity;
  readonly state: AlertState;
  /** Signal time of the first firing signal of this trip. */
  readonly startsAt: number;
  /** Signal time of the latest signal applied; older signals are ignored. */
  readonly lastSignalAt: number;
  /** Processing time of the latest change. */
  readonly updatedAt: number;
  readonly resolvedAt: number | null;
  readonly acknowledgement: Acknowledgement | null;
  readonly summary: string;
  readonly description: string;
  readonly value: AlertValue | null;
  readonly candidates: readonly RootCause[];
}

/** Whether the instance still counts as an open problem (firing or acknowledged). */
export function isActive(instance: Pick<AlertInstance, 'state'>): boolean {
  return instance.state !== 'resolved';
}

// What the alerter's use cases share: the state repository, the routing configuration, metrics, the
// clock, and a callback after each commit (it wakes the notification timer and the outbox worker).
import type { AlertingConfig } from '@vahti/alerting';
import type { AlerterStateRepository } from '@vahti/persistence';
import type { AlerterMetrics } from '../alerter-metrics';
import type { TenantPlanResult } from '../notifications/enqueue-due-notifications';

export interface AlerterPorts {
  readonly repository: AlerterStateRepository;
  readonly routing: AlertingConfig;
  readonly metrics: AlerterMetrics;
  /** Epoch ms. */
  readonly clock: () => number;
  /** After a commit: what each planning step of it enqueued. */
  readonly committed: (plans: readonly TenantPlanResult[]) => void;
}

/** Counts what a committed transaction enqueued and tells the workers. */
export function afterCommit(ports: AlerterPorts, plans: readonly TenantPlanResult[]): void {
  for (const plan of plans) {
    for (const notification of plan.enqueued) {
      ports.metrics.enqueued.inc({ channel: notification.receiver.kind });
    }
  }
  ports.committed(plans);
}

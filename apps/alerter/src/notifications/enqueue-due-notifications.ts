// The alerter's one planning step, run inside a transaction that holds the tenant's lock: read the
// tenant's open alerts (plus resolved ones some receiver was told of firing and not yet of their
// resolution), its latest notification-log entries and current silences; let @vahti/alerting plan;
// write each due notification's log entry and rendered outbox row. Committing them together is what
// makes a restart neither lose nor repeat a notification (libs/alerting/README.md, step 3).
import {
  isActive,
  planTenantNotifications,
  renderNotification,
  type AlertingConfig,
  type PlannedNotification,
  type RenderContext,
} from '@vahti/alerting';
import type { AlerterStateTransaction } from '@vahti/persistence';

/** What one planning step enqueued, and when the tenant next needs a look. */
export interface TenantPlanResult {
  readonly tenantId: string;
  readonly enqueued: readonly PlannedNotification[];
  readonly nextCheckAt: number | null;
  /** Open alerts that no route takes. */
  readonly unrouted: number;
}

/** Plans the tenant's due notifications at `now` and enqueues them with their log entries (caller holds the tenant lock). */
export async function enqueueDueNotifications(
  tx: AlerterStateTransaction,
  tenantId: string,
  routing: AlertingConfig,
  now: number,
): Promise<TenantPlanResult> {
  const tenant = routing.tenants[tenantId];
  if (tenant === undefined) {
    return { tenantId, enqueued: [], nextCheckAt: null, unrouted: 0 };
  }
  const log = await tx.latestLogEntries(tenantId);
  const toldFiring = [...new Set(log.flatMap((entry) => entry.alerts.filter((a) => a.status !== 'resolved').map((a) => a.instanceId)))];
  // A superset of the resolved instances whose resolution is pending (resolution-pending.ts): the
  // planner ignores resolved instances that no latest entry lists as unresolved.
  const open = await tx.openInstances(tenantId);
  const instances = [...open, ...(await tx.resolvedInstances(tenantId, toldFiring))];
  const silences = await tx.currentSilences(tenantId, now);
  const plan = planTenantNotifications({ tenantId, config: tenant, instances, log, silences, now });
  const context: RenderContext = { now, externalUrl: routing.externalUrl ?? null, timeZone: tenant.timeZone ?? 'UTC' };
  for (const notification of plan.due) {
    const receiver = tenant.receivers.find((r) => r.name === notification.receiver.name);
    if (receiver === undefined) {
      continue; // groups are built from the same configuration, so every planned receiver exists
    }
    await tx.enqueueNotification(
      notification.logEntry,
      {
        idempotencyKey: notification.idempotencyKey,
        tenantId,
        receiver: receiver.name,
        receiverKind: receiver.kind,
        groupKey: notification.groupKey,
        sequence: notification.sequence,
        payload: renderNotification(notification, receiver, context),
        nextAttemptAt: now,
      },
      { supersede: receiver.kind === 'alertmanager' },
    );
  }
  const unrouted = new Set(plan.unrouted);
  return {
    tenantId,
    enqueued: plan.due,
    nextCheckAt: plan.nextCheckAt,
    unrouted: open.filter((i) => isActive(i) && unrouted.has(i.id)).length,
  };
}

// The notification timer's work (libs/alerting/README.md, step 3): group_wait, group_interval,
// repeat_interval and silence ends run out with no signal arriving, so each routed tenant is planned
// again, one short transaction per tenant under its lock. Nothing is recomputed from KPIs here; this
// is only about when notifications are due. Instances of other alerters plan the same tenants; the
// lock and the notification log make the second planner find nothing left to do.
import { enqueueDueNotifications, type TenantPlanResult } from '../../notifications/enqueue-due-notifications';
import { afterCommit, type AlerterPorts } from '../alerter-ports';

export interface PlanRound {
  readonly enqueued: number;
  /** Earliest time some tenant needs planning again; null when nothing is pending. */
  readonly nextCheckAt: number | null;
}

/** Plans and enqueues every routed tenant's due notifications. */
export class PlanDueNotificationsUseCase {
  /** `ports.committed` must not wake the timer itself (it would plan in a loop); the module gives it the outbox worker only. */
  constructor(private readonly ports: AlerterPorts) {}

  async execute(): Promise<PlanRound> {
    const plans: TenantPlanResult[] = [];
    for (const tenantId of Object.keys(this.ports.routing.tenants).sort()) {
      const now = this.ports.clock();
      const plan = await this.ports.repository.inTransaction(async (tx) => {
        await tx.lockTenants([tenantId]);
        return enqueueDueNotifications(tx, tenantId, this.ports.routing, now);
      });
      this.ports.metrics.unrouted.set({ tenant: tenantId }, plan.unrouted);
      plans.push(plan);
    }
    afterCommit(this.ports, plans);
    const times = plans.map((p) => p.nextCheckAt).filter((t): t is number => t !== null);
    return { enqueued: plans.reduce((n, p) => n + p.enqueued.length, 0), nextCheckAt: times.length === 0 ? null : Math.min(...times) };
  }
}

// How committed changes reach the alerter's two loops without a dependency cycle: use cases call
// `changed`, the notification timer sleeps on `planner`, the outbox worker on `delivery`.
import type { TenantPlanResult } from '../notifications/enqueue-due-notifications';
import { WakeableSleep } from './wakeable-sleep';

/** The loops' sleeps, shared by the use cases that wake them. */
export class Wakeups {
  readonly planner = new WakeableSleep();
  readonly delivery = new WakeableSleep();

  /** After a user action or signal: timers may have moved (re-plan) and rows may be waiting (deliver). */
  changed(plans: readonly TenantPlanResult[]): void {
    this.planner.wake();
    this.enqueued(plans);
  }

  /** After the timer's own round: only the outbox worker needs waking. */
  enqueued(plans: readonly TenantPlanResult[]): void {
    if (plans.some((p) => p.enqueued.length > 0)) {
      this.delivery.wake();
    }
  }
}

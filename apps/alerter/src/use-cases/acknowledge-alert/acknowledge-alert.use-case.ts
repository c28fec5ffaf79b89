// A manager acknowledges an alert ("I am on it"): repeats stop, the resolution notice still comes.
// Same transaction shape as a signal: lock the tenant, change the instance, append the event, plan.
// Acknowledging twice is a no-op; a resolved alert throws AlertTransitionError (the API's 409).
import { acknowledge, type AlertInstance } from '@vahti/alerting';
import { enqueueDueNotifications } from '../../notifications/enqueue-due-notifications';
import { afterCommit, type AlerterPorts } from '../alerter-ports';

export interface AcknowledgeAlertCommand {
  readonly tenantId: string;
  readonly alertId: string;
  readonly by: string;
  readonly comment?: string;
}

/** Acknowledges one alert of a tenant; null when the tenant has no such alert. */
export class AcknowledgeAlertUseCase {
  constructor(private readonly ports: AlerterPorts) {}

  async execute(command: AcknowledgeAlertCommand): Promise<AlertInstance | null> {
    const now = this.ports.clock();
    const result = await this.ports.repository.inTransaction(async (tx) => {
      await tx.lockTenants([command.tenantId]);
      const instance = await tx.instance(command.tenantId, command.alertId);
      if (instance === undefined) {
        return null;
      }
      const transition = acknowledge(instance, command.by, now, command.comment);
      if (!transition.changed) {
        return { instance: transition.instance, plan: null };
      }
      await tx.saveInstance(transition.instance);
      await tx.appendEvents(transition.events, now);
      return { instance: transition.instance, plan: await enqueueDueNotifications(tx, command.tenantId, this.ports.routing, now) };
    });
    if (result === null) {
      return null;
    }
    afterCommit(this.ports, result.plan === null ? [] : [result.plan]);
    return result.instance;
  }
}

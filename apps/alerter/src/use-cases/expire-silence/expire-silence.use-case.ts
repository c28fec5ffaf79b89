// Ends a silence now (Alertmanager's "expire"). Alerts it muted become visible to receivers that
// were never told of them, so the tenant is re-planned in the same transaction.
import { expireSilence, type Silence } from '@vahti/alerting';
import { enqueueDueNotifications } from '../../notifications/enqueue-due-notifications';
import { afterCommit, type AlerterPorts } from '../alerter-ports';

/** Expires one silence of a tenant; null when the tenant has no such silence. Expiring twice is a no-op. */
export class ExpireSilenceUseCase {
  constructor(private readonly ports: AlerterPorts) {}

  async execute(tenantId: string, silenceId: string): Promise<Silence | null> {
    const now = this.ports.clock();
    const result = await this.ports.repository.inTransaction(async (tx) => {
      await tx.lockTenants([tenantId]);
      const silence = await tx.silence(tenantId, silenceId);
      if (silence === undefined) {
        return null;
      }
      const expired = expireSilence(silence, now);
      if (expired !== silence) {
        await tx.saveSilence(expired, now);
      }
      return { silence: expired, plan: await enqueueDueNotifications(tx, tenantId, this.ports.routing, now) };
    });
    if (result === null) {
      return null;
    }
    afterCommit(this.ports, [result.plan]);
    return result.silence;
  }
}

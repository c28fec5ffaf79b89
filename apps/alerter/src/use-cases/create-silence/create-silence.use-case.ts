// A user mutes matching alerts for a while. The lib validates the request (SilenceError lists every
// problem: the API's 400); the silence is stored and the tenant re-planned in one transaction, so
// the timer learns when the silence starts and ends.
import { randomUUID } from 'node:crypto';
import { createSilence, type Matcher, type Silence } from '@vahti/alerting';
import { enqueueDueNotifications } from '../../notifications/enqueue-due-notifications';
import { afterCommit, type AlerterPorts } from '../alerter-ports';

export interface CreateSilenceCommand {
  readonly tenantId: string;
  readonly matchers: readonly Matcher[];
  /** Epoch ms; absent = now. */
  readonly startsAt?: number;
  readonly endsAt: number;
  readonly createdBy: string;
  readonly comment: string;
}

/** Creates a silence with a fresh id. */
export class CreateSilenceUseCase {
  constructor(
    private readonly ports: AlerterPorts,
    private readonly newId: () => string = randomUUID,
  ) {}

  async execute(command: CreateSilenceCommand): Promise<Silence> {
    const now = this.ports.clock();
    const silence = createSilence(
      {
        id: this.newId(),
        tenantId: command.tenantId,
        matchers: command.matchers,
        startsAt: command.startsAt ?? now,
        endsAt: command.endsAt,
        createdBy: command.createdBy,
        comment: command.comment,
      },
      now,
    );
    const plan = await this.ports.repository.inTransaction(async (tx) => {
      await tx.lockTenants([command.tenantId]);
      await tx.saveSilence(silence, now);
      return enqueueDueNotifications(tx, command.tenantId, this.ports.routing, now);
    });
    afterCommit(this.ports, [plan]);
    return silence;
  }
}

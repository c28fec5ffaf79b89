// Delivers the outbox: rounds back to back while rows are waiting, then sleeps until the next retry
// is due, a wake (something was enqueued), or ALERTER_DELIVERY_POLL_MS (rows enqueued by another
// instance). Every instance runs one; claims keep them off each other's rows.
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { OutboxRepository } from '@vahti/persistence';
import { ALERTER_CLOCK, ALERTER_CONFIG, type AlerterRuntimeConfig } from '../alerter-config';
import { AlerterMetrics } from '../alerter-metrics';
import { DeliverOutboxUseCase } from '../use-cases/deliver-outbox/deliver-outbox.use-case';
import { BackgroundLoop } from './background-loop';
import { Wakeups } from './wakeups';

@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: BackgroundLoop;

  constructor(
    @Inject(ALERTER_CONFIG) config: AlerterRuntimeConfig,
    @Inject(ALERTER_CLOCK) clock: () => number,
    deliver: DeliverOutboxUseCase,
    outbox: OutboxRepository,
    wakeups: Wakeups,
    metrics: AlerterMetrics,
    private readonly log: PinoLogger,
  ) {
    log.setContext('OutboxWorker');
    this.loop = new BackgroundLoop(wakeups.delivery, {
      round: async () => {
        const round = await deliver.execute();
        if (round.claimed > 0) {
          this.log.info(round, 'delivery round');
        }
        if (round.claimed >= config.ALERTER_DELIVERY_CONCURRENCY) {
          return 0;
        }
        const now = clock();
        const poll = now + config.ALERTER_DELIVERY_POLL_MS;
        const next = await outbox.nextDueAt(now);
        // A due row that was not claimed is behind a lease of another instance's: poll, do not spin.
        const until = next === null || (next <= now && round.claimed === 0) ? poll : Math.min(poll, next);
        return Math.max(1, until - now);
      },
      onError: (error, failures) => {
        metrics.loopFailures.inc({ loop: 'delivery' });
        this.log.warn({ err: error, failures }, 'outbox delivery round failed; retrying');
      },
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}

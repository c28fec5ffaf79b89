// Housekeeping, not re-evaluation: once an hour, the alerter's rows older than ALERTER_RETENTION_DAYS
// that nothing reads any more are deleted (libs/persistence AlerterRetentionRepository says which).
// Every instance may run it; the deletes are idempotent.
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { AlerterRetentionRepository } from '@vahti/persistence';
import { ALERTER_CLOCK, ALERTER_CONFIG, type AlerterRuntimeConfig } from '../alerter-config';
import { AlerterMetrics } from '../alerter-metrics';

const EVERY_MS = 3_600_000;
const DAY_MS = 86_400_000;

@Injectable()
export class RetentionWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(ALERTER_CONFIG) private readonly config: AlerterRuntimeConfig,
    @Inject(ALERTER_CLOCK) private readonly clock: () => number,
    private readonly retention: AlerterRetentionRepository,
    private readonly metrics: AlerterMetrics,
    private readonly log: PinoLogger,
  ) {
    log.setContext('RetentionWorker');
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.prune(), EVERY_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One pass (the hourly timer calls it). */
  async prune(): Promise<void> {
    const days = this.config.ALERTER_RETENTION_DAYS;
    try {
      const pruned = await this.retention.pruneBefore(this.clock() - days * DAY_MS);
      if (pruned.outbox + pruned.log + pruned.events > 0) {
        this.log.info({ ...pruned, days }, 'old alerter rows deleted');
      }
    } catch (error) {
      this.metrics.loopFailures.inc({ loop: 'retention' });
      this.log.warn({ err: error }, 'could not delete old alerter rows; trying again in an hour');
    }
  }
}

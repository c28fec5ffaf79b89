// Runs the planner at the times notifications fall due: the planner's nextCheckAt (group_wait,
// group_interval, repeat_interval, a silence ending), after every committed change (use cases wake
// it), and at least every ALERTER_PLAN_INTERVAL_MS so changes made by another instance are seen.
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { ALERTER_CLOCK, ALERTER_CONFIG, type AlerterRuntimeConfig } from '../alerter-config';
import { AlerterMetrics } from '../alerter-metrics';
import { PlanDueNotificationsUseCase } from '../use-cases/plan-due-notifications/plan-due-notifications.use-case';
import { BackgroundLoop } from './background-loop';
import { Wakeups } from './wakeups';

@Injectable()
export class NotificationTimer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: BackgroundLoop;

  constructor(
    @Inject(ALERTER_CONFIG) config: AlerterRuntimeConfig,
    @Inject(ALERTER_CLOCK) clock: () => number,
    plan: PlanDueNotificationsUseCase,
    wakeups: Wakeups,
    metrics: AlerterMetrics,
    private readonly log: PinoLogger,
  ) {
    log.setContext('NotificationTimer');
    if (Object.keys(config.routing.tenants).length === 0) {
      log.warn('no routing configuration (ALERTER_ROUTING_FILE): alerts are recorded, nobody is notified');
    }
    this.loop = new BackgroundLoop(wakeups.planner, {
      round: async () => {
        const round = await plan.execute();
        if (round.enqueued > 0) {
          this.log.info({ enqueued: round.enqueued }, 'notifications enqueued');
        }
        const now = clock();
        const latest = now + config.ALERTER_PLAN_INTERVAL_MS;
        return Math.max(1, Math.min(latest, round.nextCheckAt ?? latest) - now);
      },
      onError: (error, failures) => {
        metrics.loopFailures.inc({ loop: 'planner' });
        this.log.warn({ err: error, failures }, 'planning notifications failed; retrying');
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

import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { METRICS_REGISTRY } from '@vahti/observability';
import { AlerterStateRepository, OutboxRepository } from '@vahti/persistence';
import { ALERTER_CLOCK, ALERTER_CONFIG, type AlerterRuntimeConfig } from './alerter-config';
import { AlerterMetrics } from './alerter-metrics';
import { sendHttp } from './delivery/http-sender';
import type { NotificationSenders } from './delivery/notification-senders';
import { SmtpSender } from './delivery/smtp-sender';
import type { AlerterPorts } from './use-cases/alerter-ports';
import { AcknowledgeAlertUseCase } from './use-cases/acknowledge-alert/acknowledge-alert.use-case';
import { CreateSilenceUseCase } from './use-cases/create-silence/create-silence.use-case';
import { DeliverOutboxUseCase } from './use-cases/deliver-outbox/deliver-outbox.use-case';
import { ExpireSilenceUseCase } from './use-cases/expire-silence/expire-silence.use-case';
import { PlanDueNotificationsUseCase } from './use-cases/plan-due-notifications/plan-due-notifications.use-case';
import { RecordAlertSignalUseCase } from './use-cases/record-alert-signal/record-alert-signal.use-case';
import { NotificationTimer } from './workers/notification-timer.service';
import { OutboxWorker } from './workers/outbox-worker.service';
import { RetentionWorker } from './workers/retention.service';
import { Wakeups } from './workers/wakeups';

const PORTS = Symbol('ALERTER_PORTS');
const SMTP = Symbol('ALERTER_SMTP');

/** Closes the SMTP transport at shutdown (after the outbox worker's last round). */
@Injectable()
class SmtpLifecycle implements OnApplicationShutdown {
  constructor(@Inject(SMTP) private readonly smtp: SmtpSender | null) {}

  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}

/** The SMTP sender of the configuration, or null without ALERTER_SMTP_HOST (then no tenant has e-mail receivers). */
function smtpSenderOf(config: AlerterRuntimeConfig): SmtpSender | null {
  if (config.ALERTER_SMTP_HOST === undefined) {
    return null;
  }
  return new SmtpSender({
    host: config.ALERTER_SMTP_HOST,
    port: config.ALERTER_SMTP_PORT,
    secure: config.ALERTER_SMTP_SECURE,
    rejectUnauthorized: config.ALERTER_SMTP_REJECT_UNAUTHORIZED,
    auth:
      config.ALERTER_SMTP_USER === undefined || config.ALERTER_SMTP_PASSWORD === undefined
        ? null
        : { user: config.ALERTER_SMTP_USER, pass: config.ALERTER_SMTP_PASSWORD },
    from: config.ALERTER_SMTP_FROM ?? null,
    timeoutMs: config.ALERTER_DELIVERY_TIMEOUT_MS,
  });
}

/** A claim outlives the slowest attempt (an SMTP session may spend a timeout on each of connect, greeting, data). */
export function leaseOf(timeoutMs: number): number {
  return 3 * timeoutMs + 1000;
}

/** Use cases, senders, metrics and the two loops (notification timer, outbox worker). Global: the API uses the use cases. */
@Global()
@Module({})
export class AlertingCoreModule {
  static forRoot(config: AlerterRuntimeConfig): DynamicModule {
    const useCase = <T>(type: new (ports: AlerterPorts) => T) => ({
      provide: type,
      inject: [PORTS],
      useFactory: (p: AlerterPorts) => new type(p),
    });
    return {
      module: AlertingCoreModule,
      providers: [
        { provide: ALERTER_CONFIG, useValue: config },
        { provide: ALERTER_CLOCK, useValue: () => Date.now() },
        Wakeups,
        {
          provide: AlerterMetrics,
          inject: [METRICS_REGISTRY, AlerterStateRepository, OutboxRepository, ALERTER_CLOCK],
          useFactory: (registry: Registry, state: AlerterStateRepository, outbox: OutboxRepository, clock: () => number) =>
            new AlerterMetrics(registry, {
              openAlertCounts: () => state.openAlertCounts(),
              backlog: () => outbox.backlog(),
              tenants: Object.keys(config.routing.tenants),
              clock,
            }),
        },
        {
          provide: PORTS,
          inject: [AlerterStateRepository, AlerterMetrics, ALERTER_CLOCK, Wakeups],
          useFactory: (
            repository: AlerterStateRepository,
            metrics: AlerterMetrics,
            clock: () => number,
            wakeups: Wakeups,
          ): AlerterPorts => ({
            repository,
            routing: config.routing,
            metrics,
            clock,
            committed: (plans) => wakeups.changed(plans),
          }),
        },
        useCase(RecordAlertSignalUseCase),
        useCase(AcknowledgeAlertUseCase),
        useCase(CreateSilenceUseCase),
        useCase(ExpireSilenceUseCase),
        {
          provide: PlanDueNotificationsUseCase,
          inject: [PORTS, Wakeups],
          // The timer's own rounds wake only the outbox worker; waking the timer would make it plan in a loop.
          useFactory: (ports: AlerterPorts, wakeups: Wakeups) =>
            new PlanDueNotificationsUseCase({ ...ports, committed: (plans) => wakeups.enqueued(plans) }),
        },
        { provide: SMTP, useFactory: () => smtpSenderOf(config) },
        SmtpLifecycle,
        {
          provide: DeliverOutboxUseCase,
          inject: [OutboxRepository, SMTP, AlerterMetrics, ALERTER_CLOCK],
          useFactory: (outbox: OutboxRepository, smtp: SmtpSender | null, metrics: AlerterMetrics, clock: () => number) => {
            const senders: NotificationSenders = {
              http: (request) => sendHttp(request, config.ALERTER_DELIVERY_TIMEOUT_MS),
              email: (message) =>
                smtp === null
                  ? Promise.resolve({ kind: 'smtp', code: 554, message: 'no SMTP relay configured (ALERTER_SMTP_HOST)' })
                  : smtp.send(message),
            };
            return new DeliverOutboxUseCase(
              outbox,
              senders,
              config.routing,
              metrics,
              {
                concurrency: config.ALERTER_DELIVERY_CONCURRENCY,
                leaseMs: leaseOf(config.ALERTER_DELIVERY_TIMEOUT_MS),
                ...(config.ALERTER_RETRY_INITIAL_DELAY_MS !== undefined && { retryInitialDelayMs: config.ALERTER_RETRY_INITIAL_DELAY_MS }),
              },
              clock,
            );
          },
        },
        NotificationTimer,
        OutboxWorker,
        RetentionWorker,
      ],
      exports: [
        ALERTER_CONFIG,
        ALERTER_CLOCK,
        AlerterMetrics,
        RecordAlertSignalUseCase,
        AcknowledgeAlertUseCase,
        CreateSilenceUseCase,
        ExpireSilenceUseCase,
        PlanDueNotificationsUseCase,
        DeliverOutboxUseCase,
      ],
    };
  }
}

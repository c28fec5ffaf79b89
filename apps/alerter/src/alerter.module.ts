import { type DynamicModule, Module } from '@nestjs/common';
import type { AlerterConfig } from '@vahti/config';
import { MessagingModule } from '@vahti/messaging';
import { ObservabilityModule } from '@vahti/observability';
import { PersistenceModule } from '@vahti/persistence';

/** Skeleton: /health (Kafka and PostgreSQL reachable) and /metrics; the domain work comes with its issue. */
@Module({})
export class AlerterModule {
  static forRoot(config: AlerterConfig): DynamicModule {
    return {
      module: AlerterModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'alerter', logLevel: config.LOG_LEVEL, instance: config.SERVICE_INSTANCE }),
        PersistenceModule.forRoot(config, 'vahti-alerter'),
        MessagingModule.forRoot(config, `${config.KAFKA_CLIENT_ID}-alerter`),
      ],
    };
  }
}

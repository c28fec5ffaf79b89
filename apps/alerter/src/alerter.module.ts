import { type DynamicModule, Module } from '@nestjs/common';
import { MessagingModule } from '@vahti/messaging';
import { ObservabilityModule } from '@vahti/observability';
import { PersistenceModule } from '@vahti/persistence';
import type { AlerterRuntimeConfig } from './alerter-config';
import { AlertingCoreModule } from './alerting-core.module';
import { ApiModule } from './api/api.module';
import { ReviewModule } from './review/review.module';

/**
 * Alert signals → instances, notification log and outbox in PostgreSQL → delivery to webhooks,
 * Slack, Teams, e-mail and Alertmanager; REST API to list, acknowledge and silence. The KPI-stream
 * review (closed intervals → detectors → root causes → signals) records through RecordAlertSignalUseCase.
 */
@Module({})
export class AlerterModule {
  static forRoot(config: AlerterRuntimeConfig): DynamicModule {
    return {
      module: AlerterModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'alerter', logLevel: config.LOG_LEVEL, instance: config.SERVICE_INSTANCE }),
        PersistenceModule.forRoot(config, 'vahti-alerter'),
        MessagingModule.forRoot(config, `${config.KAFKA_CLIENT_ID}-alerter`),
        AlertingCoreModule.forRoot(config),
        ApiModule.forRoot(config),
        ReviewModule,
      ],
    };
  }
}

import { type DynamicModule, Module } from '@nestjs/common';
import type { EvaluatorConfig } from '@vahti/config';
import { MessagingModule } from '@vahti/messaging';
import { ObservabilityModule } from '@vahti/observability';
import { PersistenceModule } from '@vahti/persistence';

/** Skeleton: /health (Kafka and PostgreSQL reachable) and /metrics; the domain work comes with its issue. */
@Module({})
export class EvaluatorModule {
  static forRoot(config: EvaluatorConfig): DynamicModule {
    return {
      module: EvaluatorModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'evaluator', logLevel: config.LOG_LEVEL, instance: config.SERVICE_INSTANCE }),
        PersistenceModule.forRoot(config, 'vahti-evaluator'),
        MessagingModule.forRoot(config, `${config.KAFKA_CLIENT_ID}-evaluator`),
      ],
    };
  }
}

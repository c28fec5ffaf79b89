import { type DynamicModule, Module } from '@nestjs/common';
import type { Registry } from 'prom-client';
import { MessagingModule } from '@vahti/messaging';
import { METRICS_REGISTRY, ObservabilityModule } from '@vahti/observability';
import { PersistenceModule } from '@vahti/persistence';
import { ApiModule } from './api/api.module';
import { CcEventsConsumer } from './consumers/cc-events.consumer';
import { EVALUATOR_CONFIG, type EvaluatorRuntimeConfig } from './evaluator-config';
import { EvaluatorMetrics } from './evaluator-metrics';
import { KpiGauges } from './publishing/kpi-gauges';

/** Event topic → incremental KPI aggregates in PostgreSQL → gauges, KPI topic and REST API. */
@Module({})
export class EvaluatorModule {
  static forRoot(config: EvaluatorRuntimeConfig): DynamicModule {
    return {
      module: EvaluatorModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'evaluator', logLevel: config.LOG_LEVEL, instance: config.SERVICE_INSTANCE }),
        PersistenceModule.forRoot(config, 'vahti-evaluator'),
        MessagingModule.forRoot(config, `${config.KAFKA_CLIENT_ID}-evaluator`),
        ApiModule.forRoot(config),
      ],
      providers: [
        { provide: EVALUATOR_CONFIG, useValue: config },
        { provide: EvaluatorMetrics, inject: [METRICS_REGISTRY], useFactory: (r: Registry) => new EvaluatorMetrics(r) },
        { provide: KpiGauges, inject: [METRICS_REGISTRY], useFactory: (r: Registry) => new KpiGauges(r) },
        CcEventsConsumer,
      ],
    };
  }
}

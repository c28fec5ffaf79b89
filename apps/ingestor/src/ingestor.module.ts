import { type DynamicModule, Module } from '@nestjs/common';
import type { Registry } from 'prom-client';
import type { IngestorConfig } from '@vahti/config';
import { MessagingModule } from '@vahti/messaging';
import { METRICS_REGISTRY, ObservabilityModule } from '@vahti/observability';
import { PersistenceModule } from '@vahti/persistence';
import { CcEventsConsumer } from './consumers/cc-events.consumer';
import { INGESTOR_CONFIG } from './ingestor-config';
import { IngestMetrics } from './ingest-metrics';

/** Kafka topic → validate/de-duplicate → PostgreSQL, with dead letters to Kafka. */
@Module({})
export class IngestorModule {
  static forRoot(config: IngestorConfig): DynamicModule {
    return {
      module: IngestorModule,
      imports: [
        ObservabilityModule.forRoot({ service: 'ingestor', logLevel: config.LOG_LEVEL, instance: config.SERVICE_INSTANCE }),
        PersistenceModule.forRoot(config, 'vahti-ingestor'),
        MessagingModule.forRoot(config, `${config.KAFKA_CLIENT_ID}-ingestor`),
      ],
      providers: [
        { provide: INGESTOR_CONFIG, useValue: config },
        { provide: IngestMetrics, inject: [METRICS_REGISTRY], useFactory: (r: Registry) => new IngestMetrics(r) },
        CcEventsConsumer,
      ],
    };
  }
}

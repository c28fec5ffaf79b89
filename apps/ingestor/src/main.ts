import 'reflect-metadata';
import { IngestorEnv, readEnv } from '@vahti/config';
import { bootstrapApp } from '@vahti/observability';
import { IngestorModule } from './ingestor.module';

void bootstrapApp(
  'ingestor',
  () => readEnv(IngestorEnv),
  (config) => IngestorModule.forRoot(config),
);

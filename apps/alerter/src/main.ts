import 'reflect-metadata';
import { AlerterEnv, readEnv } from '@vahti/config';
import { bootstrapApp } from '@vahti/observability';
import { AlerterModule } from './alerter.module';

void bootstrapApp(
  'alerter',
  () => readEnv(AlerterEnv),
  (config) => AlerterModule.forRoot(config),
);

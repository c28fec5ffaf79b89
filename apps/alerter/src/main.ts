import 'reflect-metadata';
import { AlerterEnv, readEnv } from '@vahti/config';
import { bootstrapApp } from '@vahti/observability';
import { AlerterModule } from './alerter.module';
import { serveOpenApi } from './api/openapi';
import { loadAlerterSettings } from './settings/alerter-settings';

void bootstrapApp(
  'alerter',
  () => loadAlerterSettings(readEnv(AlerterEnv)),
  (config) => AlerterModule.forRoot(config),
  serveOpenApi,
);

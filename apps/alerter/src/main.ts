import 'reflect-metadata';
import { AlerterEnv, readEnv } from '@vahti/config';
import { bootstrapApp, openApiOf } from '@vahti/observability';
import { AlerterModule } from './alerter.module';
import { loadAlerterSettings } from './settings/alerter-settings';

void bootstrapApp(
  'alerter',
  () => loadAlerterSettings(readEnv(AlerterEnv)),
  (config) => AlerterModule.forRoot(config),
  openApiOf({
    title: 'Vahti alerter API',
    description:
      'Alerts on degraded contact-centre KPIs per tenant, with ranked root-cause candidates: list, inspect, acknowledge, silence.',
  }),
);

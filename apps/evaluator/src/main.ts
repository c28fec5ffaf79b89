import 'reflect-metadata';
import { EvaluatorEnv, readEnv } from '@vahti/config';
import { bootstrapApp, openApiOf } from '@vahti/observability';
import { loadDomainSettings } from './domain/domain-settings';
import type { EvaluatorRuntimeConfig } from './evaluator-config';
import { EvaluatorModule } from './evaluator.module';

void bootstrapApp(
  'evaluator',
  (): EvaluatorRuntimeConfig => {
    const env = readEnv(EvaluatorEnv);
    return { ...env, domain: loadDomainSettings(env) };
  },
  (config) => EvaluatorModule.forRoot(config),
  openApiOf({
    title: 'Vahti evaluator API',
    description:
      'Live contact-centre KPIs per tenant: current values, time series and the 8×4 scorecard, rated against benchmarks and targets.',
  }),
);

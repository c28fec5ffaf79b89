import 'reflect-metadata';
import { EvaluatorEnv, readEnv } from '@vahti/config';
import { bootstrapApp } from '@vahti/observability';
import { loadDomainSettings } from './domain/domain-settings';
import { serveOpenApi } from './api/openapi';
import type { EvaluatorRuntimeConfig } from './evaluator-config';
import { EvaluatorModule } from './evaluator.module';

void bootstrapApp(
  'evaluator',
  (): EvaluatorRuntimeConfig => {
    const env = readEnv(EvaluatorEnv);
    return { ...env, domain: loadDomainSettings(env) };
  },
  (config) => EvaluatorModule.forRoot(config),
  serveOpenApi,
);

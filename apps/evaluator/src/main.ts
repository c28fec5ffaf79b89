import 'reflect-metadata';
import { EvaluatorEnv, readEnv } from '@vahti/config';
import { bootstrapApp } from '@vahti/observability';
import { EvaluatorModule } from './evaluator.module';

void bootstrapApp(
  'evaluator',
  () => readEnv(EvaluatorEnv),
  (config) => EvaluatorModule.forRoot(config),
);

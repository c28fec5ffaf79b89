// The KPI topic's boundary checks: a message is a KPI snapshot (kpi-changed.ts), an evaluator
// progress report (evaluator-progress.ts), or it is skipped and counted by the reader. Compiled
// once, with the same formats as the event validator.
import type { ValidateFunction } from 'ajv';
import { type EvaluatorProgressEvent, EvaluatorProgressSchema } from './evaluator-progress';
import { type KpiChangedEvent, KpiChangedSchema } from './kpi-changed';
import { createAjv } from './validator';

let compiled: ValidateFunction<KpiChangedEvent> | undefined;
let compiledProgress: ValidateFunction<EvaluatorProgressEvent> | undefined;

/** Whether a parsed message is a valid io.vahti.kpi.changed.v1 snapshot. */
export function isKpiChangedEvent(value: unknown): value is KpiChangedEvent {
  compiled ??= createAjv().compile<KpiChangedEvent>(KpiChangedSchema);
  return compiled(value);
}

/** Whether a parsed message is a valid io.vahti.evaluator.progress.v1 report. */
export function isEvaluatorProgressEvent(value: unknown): value is EvaluatorProgressEvent {
  compiledProgress ??= createAjv().compile<EvaluatorProgressEvent>(EvaluatorProgressSchema);
  return compiledProgress(value);
}

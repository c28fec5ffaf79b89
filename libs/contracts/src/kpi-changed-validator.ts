// The KPI topic's one boundary check: a message is a KPI snapshot (kpi-changed.ts) or it is
// skipped and counted by the reader. Compiled once, with the same formats as the event validator.
import type { ValidateFunction } from 'ajv';
import { type KpiChangedEvent, KpiChangedSchema } from './kpi-changed';
import { createAjv } from './validator';

let compiled: ValidateFunction<KpiChangedEvent> | undefined;

/** Whether a parsed message is a valid io.vahti.kpi.changed.v1 snapshot. */
export function isKpiChangedEvent(value: unknown): value is KpiChangedEvent {
  compiled ??= createAjv().compile<KpiChangedEvent>(KpiChangedSchema);
  return compiled(value);
}

// The billing morning evaluated once, as KPI input for the whole day and for the 09:00 interval.
import { type KpiInput, kpiDefinition, kpiInputOf } from '@vahti/kpi';
import { billingMorning } from './billing-morning';
import { applyBatch, newState, rowsOf } from './evaluate-events';

const state = newState();
applyBatch(state, billingMorning());

/** Input over the whole day. */
export const dayInput: KpiInput = kpiInputOf(rowsOf(state, 'day'));
/** Input over the 09:00–09:15 interval. */
export const interval0900: KpiInput = kpiInputOf(rowsOf(state, 'interval', Date.parse('2025-03-03T09:00:00Z')));

/** The value of a KPI on an input (throws on unknown ids so a typo fails the test). */
export function valueOf(kpi: string, input: KpiInput = dayInput): number | null {
  const definition = kpiDefinition(kpi);
  if (definition === undefined) {
    throw new Error(`unknown KPI ${kpi}`);
  }
  return definition.compute(input)?.value ?? null;
}

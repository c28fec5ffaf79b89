// KPIs rated around a plan (handle time against the forecast AHT): the band is only known once the
// window's plan is, so it is set here, per window, from the KPI's own `planned` value.
import type { KpiDefinition, KpiInput } from '../kpis/kpi-definition';
import type { Yardstick } from '../rating/yardstick';

/** The yardstick with its band set around the window's plan, where it is rated that way and the plan is known. */
export function plannedYardstick(kpi: Pick<KpiDefinition, 'planned'>, yardstick: Yardstick, input: KpiInput): Yardstick {
  const around = yardstick.aroundPlan;
  const planned = around === undefined || kpi.planned === undefined ? null : kpi.planned(input);
  if (around === undefined || planned === null) {
    return yardstick;
  }
  return {
    ...yardstick,
    band: { low: planned * (1 - around.tolerance), high: planned * (1 + around.tolerance) },
    bandFrom: 'plan',
    critical: planned * (1 + around.critical),
    criticalLow: planned * (1 - around.critical),
    planned,
  };
}

// Every KPI Vahti computes, in one list; ids are unique (a unit test checks).
import { ACCESS_KPIS } from './access-kpis';
import { CONSISTENCY_KPIS } from './consistency-kpis';
import { EXPERIENCE_KPIS } from './experience-kpis';
import { GOVERNANCE_KPIS } from './governance-kpis';
import type { KpiDefinition } from './kpi-definition';
import { PEOPLE_KPIS } from './people-kpis';
import { QUALITY_KPIS } from './quality-kpis';
import { RESOLUTION_KPIS } from './resolution-kpis';
import { SCHEDULE_KPIS } from './schedule-kpis';
import { SELF_SERVICE_KPIS } from './self-service-kpis';
import { WORKFORCE_KPIS } from './workforce-kpis';

export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  ...ACCESS_KPIS,
  ...RESOLUTION_KPIS,
  ...EXPERIENCE_KPIS,
  ...QUALITY_KPIS,
  ...WORKFORCE_KPIS,
  ...SCHEDULE_KPIS,
  ...PEOPLE_KPIS,
  ...SELF_SERVICE_KPIS,
  ...GOVERNANCE_KPIS,
  ...CONSISTENCY_KPIS,
];

const BY_ID: ReadonlyMap<string, KpiDefinition> = new Map(KPI_DEFINITIONS.map((k) => [k.id, k]));

/** The definition of a KPI id, or undefined. */
export function kpiDefinition(id: string): KpiDefinition | undefined {
  return BY_ID.get(id);
}

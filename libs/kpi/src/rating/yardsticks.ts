// Resolves the yardstick of any KPI in any scope from the benchmark pack, the tenant settings and
// the KPI's default target.
import { tenantServiceLevelTarget, tenantTargetOf, type TenantSettingsFile } from '../apply/tenant-settings';
import { findBenchmark, type BenchmarkPack } from '../benchmarks/benchmark-pack';
import { kpiDefinition } from '../kpis/kpi-catalog';
import type { DefaultTarget } from '../kpis/kpi-definition';
import { yardstickOf, type Yardstick } from './yardstick';

export type YardstickLookup = (tenantId: string, kpi: string, channel: string | undefined, queueId?: string) => Yardstick;

/** A lookup combining pack, tenant file and default targets; service level takes the queue's own service-level target first. */
export function createYardsticks(pack: BenchmarkPack, tenants: TenantSettingsFile): YardstickLookup {
  // Both inputs are fixed for the process's life, so every lookup is computed once.
  const cache = new Map<string, Yardstick>();
  return (tenantId, kpi, channel, queueId) => {
    const key = `${tenantId}\u001f${kpi}\u001f${channel ?? ''}\u001f${queueId ?? ''}`;
    let yardstick = cache.get(key);
    if (yardstick === undefined) {
      yardstick = resolve(tenantId, kpi, channel, queueId);
      cache.set(key, yardstick);
    }
    return yardstick;
  };

  function resolve(tenantId: string, kpi: string, channel: string | undefined, queueId: string | undefined): Yardstick {
    let target = tenantTargetOf(tenants, tenantId, kpi, queueId, channel);
    if (kpi === 'service_level' && target?.target === undefined) {
      // The queue rule's serviceLevelTarget is the tenant's target too (it also counts the intervals meeting SL).
      const queueTarget = tenantServiceLevelTarget(tenants, tenantId, queueId, channel);
      target = queueTarget === undefined ? target : { ...target, target: queueTarget };
    }
    return yardstickOf(findBenchmark(pack, kpi, channel), target, defaultTargetFor(kpi, channel));
  }
}

/** The KPI's default target if it applies to `channel` (conventions stated for some channels only apply there). */
function defaultTargetFor(kpi: string, channel: string | undefined): DefaultTarget | undefined {
  const fallback = kpiDefinition(kpi)?.defaultTarget ?? undefined;
  if (fallback?.channels === undefined) {
    return fallback;
  }
  return fallback.channels.some((c) => c === channel) ? fallback : undefined;
}

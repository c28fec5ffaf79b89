// Resolves the yardstick of any KPI in any scope from the benchmark pack and the tenant settings.
import { findBenchmark, type BenchmarkPack } from '../benchmarks/benchmark-pack';
import { evaluationSettingsOf, tenantTargetOf, type TenantSettingsFile } from '../apply/tenant-settings';
import { yardstickOf, type Yardstick } from './yardstick';

export type YardstickLookup = (tenantId: string, kpi: string, channel: string | undefined, queueId?: string) => Yardstick;

/** A lookup combining pack and tenant file; service level defaults its target to the queue's service-level target. */
export function createYardsticks(pack: BenchmarkPack, tenants: TenantSettingsFile): YardstickLookup {
  const settings = evaluationSettingsOf(tenants);
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
      const queueTarget = settings.queue(tenantId, queueId ?? '*', channel ?? 'voice').serviceLevelTarget;
      target = { ...target, target: queueTarget };
    }
    return yardstickOf(findBenchmark(pack, kpi, channel), target);
  }
}

// The reference lines a value is rated against: the benchmark pack's (typical, top quartile,
// world-class, critical) and the tenant's own target and floor. Kept as one flat record so the
// rating rule reads the same for every KPI.
import type { BenchmarkEntry } from '../benchmarks/benchmark-pack';

export interface TenantTarget {
  /** The company's own target: meeting it counts as level 4. */
  readonly target?: number;
  /** The company's floor: worse than it is critical (level 1). */
  readonly floor?: number;
  /** For band KPIs (handle time, occupancy): the planned range. */
  readonly band?: { readonly low: number; readonly high: number };
}

export interface Yardstick {
  readonly median?: number;
  readonly topQuartile?: number;
  readonly worldClass?: number;
  readonly critical?: number;
  readonly criticalLow?: number;
  readonly band?: { readonly low: number; readonly high: number };
  readonly target?: number;
  readonly floor?: number;
  /** The pack entry the benchmark lines come from, for citing. */
  readonly benchmark?: BenchmarkEntry;
}

/** Combines a pack entry and a tenant target; the tenant's band replaces the pack's. */
export function yardstickOf(benchmark: BenchmarkEntry | undefined, tenant: TenantTarget | undefined): Yardstick {
  const band = tenant?.band ?? benchmark?.band;
  return {
    ...(benchmark?.median !== undefined && { median: benchmark.median }),
    ...(benchmark?.topQuartile !== undefined && { topQuartile: benchmark.topQuartile }),
    ...(benchmark?.worldClass !== undefined && { worldClass: benchmark.worldClass }),
    ...(benchmark?.critical !== undefined && { critical: benchmark.critical }),
    ...(benchmark?.criticalLow !== undefined && { criticalLow: benchmark.criticalLow }),
    ...(band !== undefined && { band }),
    ...(tenant?.target !== undefined && { target: tenant.target }),
    ...(tenant?.floor !== undefined && { floor: tenant.floor }),
    ...(benchmark !== undefined && { benchmark }),
  };
}

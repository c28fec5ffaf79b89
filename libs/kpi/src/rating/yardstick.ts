// The reference lines a value is rated against: the benchmark pack's (typical, top quartile,
// world-class, critical), the tenant's own target and floor, and, where the tenant sets none, the
// KPI's default target (a convention, kpi-definition.ts). Kept as one flat record so the rating rule
// reads the same for every KPI.
import type { BenchmarkEntry } from '../benchmarks/benchmark-pack';
import type { DefaultTarget } from '../kpis/kpi-definition';

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
  /** Who set `target` and `band`: the tenant, the pack, the default target, or the plan of the window. */
  readonly targetFrom?: 'tenant' | 'default';
  readonly bandFrom?: 'tenant' | 'pack' | 'default' | 'plan';
  /** Band KPIs rated around the window's plan: the band is set once the plan is known (evaluate/planned-yardstick.ts). */
  readonly aroundPlan?: { readonly tolerance: number; readonly critical: number };
  /** The planned value a band was set around. */
  readonly planned?: number;
  /** The default target that supplied a line, for citing. */
  readonly convention?: DefaultTarget;
  /** The pack entry the benchmark lines come from, for citing. */
  readonly benchmark?: BenchmarkEntry;
}

/** Combines a pack entry, a tenant target and the KPI's default target: the tenant's lines win, then the pack's. */
export function yardstickOf(benchmark: BenchmarkEntry | undefined, tenant: TenantTarget | undefined, fallback?: DefaultTarget): Yardstick {
  const band = tenant?.band ?? benchmark?.band ?? fallback?.band;
  const bandFrom =
    tenant?.band !== undefined ? 'tenant' : benchmark?.band !== undefined ? 'pack' : band !== undefined ? 'default' : undefined;
  const target = tenant?.target ?? fallback?.target;
  const critical = benchmark?.critical ?? fallback?.critical;
  const criticalLow = benchmark?.criticalLow ?? fallback?.criticalLow;
  const aroundPlan = band === undefined ? fallback?.aroundPlan : undefined;
  const usesDefault =
    (tenant?.target === undefined && fallback?.target !== undefined) ||
    bandFrom === 'default' ||
    (benchmark?.critical === undefined && fallback?.critical !== undefined) ||
    (benchmark?.criticalLow === undefined && fallback?.criticalLow !== undefined) ||
    aroundPlan !== undefined;
  return {
    ...(benchmark?.median !== undefined && { median: benchmark.median }),
    ...(benchmark?.topQuartile !== undefined && { topQuartile: benchmark.topQuartile }),
    ...(benchmark?.worldClass !== undefined && { worldClass: benchmark.worldClass }),
    ...(critical !== undefined && { critical }),
    ...(criticalLow !== undefined && { criticalLow }),
    ...(band !== undefined && { band, bandFrom }),
    ...(target !== undefined && { target, targetFrom: tenant?.target !== undefined ? 'tenant' : 'default' }),
    ...(tenant?.floor !== undefined && { floor: tenant.floor }),
    ...(aroundPlan !== undefined && { aroundPlan }),
    ...(usesDefault && fallback !== undefined && { convention: fallback }),
    ...(benchmark !== undefined && { benchmark }),
  };
}

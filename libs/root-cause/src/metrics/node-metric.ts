// How a graph node is measured on one set of counters: as a ratio (numerator / denominator, which a
// drill-down can split into mix and rate) through one of the node's KPIs, or as an additive amount
// (queue offers, staffed agent-seconds) for the nodes that have no KPI of their own.
import type { KpiCounters, KpiDefinition } from '@vahti/kpi';
import type { AdditiveMeasure, GraphNode, NodeId } from '../graph/graph-nodes';
import { isRatioValue, kpiValueOf, requireKpi } from './kpi-value';

const HOUR = 3600;

export interface RatioPart {
  readonly numerator: number;
  readonly denominator: number;
  /**
   * The bad events among the denominator, ≥ 0: what Adtributor's surprise compares the shares of
   * (detection-and-stack §B.3: "the share of bad events and the share of volume"). Absent = the
   * numerator (lower-is-better KPIs and means count bad events or amounts in it).
   */
  readonly bad?: number;
}

export type NodeMetric =
  | { readonly kind: 'ratio'; readonly node: NodeId; readonly kpi: KpiDefinition; readonly read: (c: Readonly<KpiCounters>) => RatioPart }
  | {
      readonly kind: 'additive';
      readonly node: NodeId;
      readonly measure: AdditiveMeasure;
      readonly read: (c: Readonly<KpiCounters>) => number;
    };

/** Staffed agent-seconds (available + busy + wrap-up): the denominator of the occupancy KPI, in seconds. */
export function staffedSecondsOf(c: Readonly<KpiCounters>): number {
  return (kpiValueOf('occupancy', c)?.denominator ?? 0) * HOUR;
}

/** Busy and wrap-up agent-seconds: the numerator of the occupancy KPI, in seconds. */
export function busySecondsOf(c: Readonly<KpiCounters>): number {
  return (kpiValueOf('occupancy', c)?.numerator ?? 0) * HOUR;
}

/** Total handle time (talk + hold + wrap-up) of the handled contacts: the AHT KPI's numerator. */
export function handleSecondsOf(c: Readonly<KpiCounters>): number {
  return kpiValueOf('average_handle_time', c)?.numerator ?? 0;
}

const ADDITIVE: Record<AdditiveMeasure, (c: Readonly<KpiCounters>) => number> = {
  offers: (c) => c.offers,
  staffed_seconds: staffedSecondsOf,
};

/**
 * The metric of `node`, chosen with `probe` (counters that have data): the additive measure, or the
 * first of the node's KPIs (`preferredKpi` first when it is one of them) whose value on `probe` is
 * a plain ratio. Null when no KPI of the node has data in `probe`, or the node is not measured.
 */
export function nodeMetric(node: GraphNode, probe: Readonly<KpiCounters>, preferredKpi?: string): NodeMetric | null {
  if (node.measure !== undefined) {
    return { kind: 'additive', node: node.id, measure: node.measure, read: ADDITIVE[node.measure] };
  }
  const order = preferredKpi !== undefined && node.kpis.includes(preferredKpi) ? [preferredKpi, ...node.kpis] : node.kpis;
  for (const id of order) {
    const value = kpiValueOf(id, probe);
    if (value !== null && isRatioValue(value)) {
      const kpi = requireKpi(id);
      const complement = countsGoodOutcomes(kpi);
      return {
        kind: 'ratio',
        node: node.id,
        kpi,
        read: (c) => {
          const v = kpiValueOf(id, c);
          if (v === null) {
            return { numerator: 0, denominator: 0 };
          }
          const part = { numerator: v.numerator, denominator: v.denominator };
          return complement ? { ...part, bad: Math.max(0, v.denominator - v.numerator) } : part;
        },
      };
    }
  }
  return null;
}

/**
 * Whether the KPI's numerator counts the good part of its denominator (a share where higher is
 * better: answered in T, resolved, adherent time, 1 − forecast error), so its bad events are the
 * rest. Forecast accuracy's numerator (actual − |actual − forecast|) goes negative when the miss is
 * larger than the actual; its bad part, the absolute error, never does.
 */
export function countsGoodOutcomes(kpi: Pick<KpiDefinition, 'unit' | 'better'>): boolean {
  return kpi.unit === 'ratio' && kpi.better === 'higher';
}

/** The metric's value on counters: the ratio, or the amount; null for a ratio without denominator. */
export function metricValue(metric: NodeMetric, c: Readonly<KpiCounters>): number | null {
  if (metric.kind === 'additive') {
    return metric.read(c);
  }
  const part = metric.read(c);
  return part.denominator > 0 ? part.numerator / part.denominator : null;
}

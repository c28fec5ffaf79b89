// What every part of the ranking reads from one input: the degraded KPI's change, its graph node,
// the counters that hold each node's data (contact counters of the series, or agent time) and the
// metric each node is measured by, chosen once per input.
import type { KpiCounters } from '@vahti/kpi';
import { graphNode, nodeOfKpi } from '../graph/causal-graph';
import type { GraphNode, NodeId } from '../graph/graph-nodes';
import { agentCountersOf } from '../input/agent-time';
import type { RootCauseInput, WindowPair } from '../input/root-cause-input';
import { kpiChange, type KpiChange } from '../metrics/kpi-change';
import { requireKpi } from '../metrics/kpi-value';
import { nodeMetric, type NodeMetric } from '../metrics/node-metric';
import { amountStyle, unitStyle, type ValueStyle } from './summaries';

/** What localising a driver reads: the input, the degraded node, and how each node is measured and worded. */
export interface NodeContext {
  readonly input: RootCauseInput;
  readonly node: GraphNode;
  /** The counters holding a node's data. */
  countersOf(node: NodeId): WindowPair<KpiCounters>;
  /** The metric a node is measured by in this input, or null when it has no data. */
  metricOf(node: NodeId): NodeMetric | null;
  /** How a metric's values read in sentences: the KPI's unit, contacts, or agents. */
  style(metric: NodeMetric): ValueStyle;
  /** What a metric's weights count, for sentences. */
  noun(metric: NodeMetric): string;
}

export interface AnalysisContext extends NodeContext {
  /** The degraded KPI's change over the series counters. */
  readonly change: KpiChange;
}

/** The context of an input; null when the KPI has no graph node or no value in a window. Throws for unknown KPI ids. */
export function analysisContext(input: RootCauseInput): AnalysisContext | null {
  requireKpi(input.kpi);
  const node = nodeOfKpi(input.kpi);
  const change = node === undefined ? null : kpiChange(input.kpi, input.series);
  if (node === undefined || change === null) {
    return null;
  }
  return { ...nodeContext(input, node), change };
}

/** The context of a node of the graph (a KPI's, or a driver measured by counter sums such as offered volume). */
export function nodeContext(input: RootCauseInput, node: GraphNode): NodeContext {
  const agents = agentCountersOf(input);
  const countersOf = (id: NodeId): WindowPair<KpiCounters> => (graphNode(id).source === 'agents' ? agents : input.series);
  const metrics = new Map<NodeId, NodeMetric | null>();
  return {
    input,
    node,
    countersOf,
    metricOf: (id) => {
      if (!metrics.has(id)) {
        metrics.set(id, nodeMetric(graphNode(id), countersOf(id).current, input.kpi));
      }
      return metrics.get(id) ?? null;
    },
    style: (metric) => {
      if (metric.kind === 'ratio') {
        return unitStyle(metric.kpi.unit);
      }
      return amountStyle(
        metric.measure === 'offers' ? (v) => `${Math.round(v)} contacts` : (v) => `${(v / input.windowSeconds).toFixed(1)} agents`,
      );
    },
    noun: (metric) => (metric.kind === 'ratio' ? metric.kpi.sampleNoun : metric.measure === 'offers' ? 'offers' : 'on-queue agent time'),
  };
}

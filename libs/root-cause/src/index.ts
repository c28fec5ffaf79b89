// Public API of @vahti/root-cause: ranked root-cause candidates for a degraded KPI of a series
// (rankCauses), and the parts they are built from: the cause-and-effect graph of kpi-catalog §5,
// the Erlang counterfactuals and Shapley attribution for service level, ASA and abandonment, and
// the ratio-aware dimensional drill-down (mix vs rate, Adtributor). Pure TypeScript: counters in,
// candidates out. docs/root-cause.md describes the method.
export {
  BREAKDOWN_DIMENSIONS,
  type AgentTime,
  type BreakdownDimension,
  type BreakdownRow,
  type RootCauseInput,
  type WindowPair,
} from './input/root-cause-input';
export { agentShareOf, staffedAgentSecondsOf } from './input/agent-time';
export {
  GRAPH_NODES,
  NODE_IDS,
  type GraphNode,
  type NodeId,
  type NodeKind,
  type NodeSource,
  type AdditiveMeasure,
} from './graph/graph-nodes';
export { GRAPH_EDGES, ROWS_NOT_DRAWN, type GraphEdge } from './graph/graph-edges';
export { graphNode, nodeOfKpi, edgesInto } from './graph/causal-graph';
export { walkUpstream, type UpstreamNode } from './graph/walk-upstream';
export { shapleyValues } from './queueing-attribution/shapley';
export { queueStateOf, type QueueState } from './queueing-attribution/queue-state';
export { meanPatienceOf } from './queueing-attribution/patience';
export { modelledValue, QUEUEING_KPIS, type QueueingKpi, type QueueModel, type ModelSettings } from './queueing-attribution/queue-model';
export {
  attributeQueueing,
  QUEUE_FACTORS,
  type QueueFactor,
  type QueueingAttribution,
  type QueueingInput,
  type QueueingResult,
} from './queueing-attribution/queueing-attribution';
export type { DrillDown, ElementChange } from './drill-down/element-change';
export { ratioDrillDown, type RatioRow } from './drill-down/ratio-drill-down';
export { additiveDrillDown, type AdditiveRow } from './drill-down/additive-drill-down';
export {
  explainDimension,
  bestExplanation,
  EXPLANATORY_POWER_THRESHOLD,
  ELEMENT_POWER_THRESHOLD,
  MIN_EXCESS_SHARE,
  MAX_ELEMENTS,
  type Explanation,
} from './drill-down/explain-dimension';
export { localise, drillDownOf } from './drill-down/localise';
export { nodeMetric, type NodeMetric, type RatioPart } from './metrics/node-metric';
export type { Candidate } from './ranking/candidate';
export { MAX_CANDIDATES } from './ranking/order-candidates';
export { rankCauses } from './ranking/rank-causes';
export { OFFERED_VOLUME } from './ranking/volume-drafts';

// Look-ups over the graph data: a node by id, the node a KPI id belongs to, the edges into a node.
// Built once from graph-nodes.ts and graph-edges.ts; the spec checks that every edge joins known
// nodes and every KPI id exists in @vahti/kpi.
import { GRAPH_EDGES, type GraphEdge } from './graph-edges';
import { GRAPH_NODES, NODE_IDS, type GraphNode, type NodeId } from './graph-nodes';

const BY_ID: ReadonlyMap<NodeId, GraphNode> = new Map(GRAPH_NODES.map((n) => [n.id, n]));
const BY_KPI: ReadonlyMap<string, GraphNode> = new Map(GRAPH_NODES.flatMap((n) => n.kpis.map((kpi) => [kpi, n] as const)));
const INTO: ReadonlyMap<NodeId, readonly GraphEdge[]> = new Map(NODE_IDS.map((id) => [id, GRAPH_EDGES.filter((e) => e.to === id)]));
const OUT_OF: ReadonlyMap<NodeId, readonly GraphEdge[]> = new Map(NODE_IDS.map((id) => [id, GRAPH_EDGES.filter((e) => e.from === id)]));
const ORDER: ReadonlyMap<NodeId, number> = new Map(NODE_IDS.map((id, i) => [id, i]));

/** The node with this id (every NodeId has one). */
export function graphNode(id: NodeId): GraphNode {
  const node = BY_ID.get(id);
  if (node === undefined) {
    throw new RangeError(`no graph node ${id}`);
  }
  return node;
}

/** The node a KPI id measures, or undefined for KPIs outside the graph (QA coverage, data completeness, …). */
export function nodeOfKpi(kpiId: string): GraphNode | undefined {
  return BY_KPI.get(kpiId);
}

/** The edges whose effect is `id`, in the order of graph-edges.ts. */
export function edgesInto(id: NodeId): readonly GraphEdge[] {
  return INTO.get(id) ?? [];
}

/** The edges whose cause is `id`, in the order of graph-edges.ts. */
export function edgesOutOf(id: NodeId): readonly GraphEdge[] {
  return OUT_OF.get(id) ?? [];
}

/** Whether the node is a driver no counter measures (no KPI, no additive measure): it is seen only through its effects. */
export function isLatent(node: GraphNode): boolean {
  return node.kind === 'driver' && node.kpis.length === 0 && node.measure === undefined;
}

/** Position of a node in the diagnostic order (kpi-catalog §5.3), for deterministic tie-breaks. */
export function nodeOrder(id: NodeId): number {
  return ORDER.get(id) ?? NODE_IDS.length;
}

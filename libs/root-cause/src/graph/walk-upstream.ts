// Walks the graph against the arrows, from a degraded KPI to the nodes that can move it, breadth
// first so each node is reached by its shortest path. The graph has cycles (occupancy → handle time
// → workload → occupancy, R1 and R3; abandonment → volume, R8): a node is visited once.
import { edgesInto } from './causal-graph';
import type { GraphEdge } from './graph-edges';
import type { NodeId } from './graph-nodes';

export interface UpstreamNode {
  readonly node: NodeId;
  /** Number of edges between this node and the start. */
  readonly depth: number;
  /** Edges from this node down to the start, first edge leaving this node. */
  readonly path: readonly GraphEdge[];
  /** Product of the path's signs: +1 when a rise here raises the start node's value. */
  readonly sign: 1 | -1;
}

/** Every node upstream of `start` within `maxDepth` edges (default: all), nearest first, ties in edge order. */
export function walkUpstream(start: NodeId, maxDepth = Number.POSITIVE_INFINITY): UpstreamNode[] {
  const seen = new Set<NodeId>([start]);
  const out: UpstreamNode[] = [];
  let frontier: { node: NodeId; path: readonly GraphEdge[]; sign: 1 | -1 }[] = [{ node: start, path: [], sign: 1 }];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth += 1) {
    const next: typeof frontier = [];
    for (const current of frontier) {
      for (const e of edgesInto(current.node)) {
        if (seen.has(e.from)) {
          continue;
        }
        seen.add(e.from);
        const step = { node: e.from, path: [e, ...current.path], sign: (e.sign * current.sign) as 1 | -1 };
        out.push({ ...step, depth });
        next.push(step);
      }
    }
    frontier = next;
  }
  return out;
}

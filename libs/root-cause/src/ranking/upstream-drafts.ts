// Drivers the graph reaches upstream of the degraded KPI that no model quantifies here (attrition
// behind handle time, R17; transfers behind resolution, R12; …). One is a candidate when its own
// change is significant (metrics/kpi-change.ts) and points the way the KPI moved along the path's
// sign; its contribution is null, since only the direction is known, and it is localised by its
// own metric like any driver. Three edges deep reaches the queueing drivers from service level
// (volume → workload → occupancy → service level) for when the Erlang model cannot be evaluated.
import { graphNode } from '../graph/causal-graph';
import type { NodeId } from '../graph/graph-nodes';
import { walkUpstream, type UpstreamNode } from '../graph/walk-upstream';
import { kpiChange, MIN_RELATIVE_CHANGE } from '../metrics/kpi-change';
import type { AnalysisContext } from './analysis-context';
import type { CandidateDraft } from './candidate';
import { localisedDrafts } from './localised-drafts';
import { movement, type ValueStyle } from './summaries';

export const UPSTREAM_DEPTH = 3;

/** Unquantified upstream drivers with a significant change in the KPI's direction, skipping `skip`. */
export function upstreamDrafts(ctx: AnalysisContext, skip: ReadonlySet<NodeId>): CandidateDraft[] {
  const direction = Math.sign(ctx.change.change);
  if (direction === 0) {
    return [];
  }
  return walkUpstream(ctx.node.id, UPSTREAM_DEPTH).flatMap((step) => {
    if (skip.has(step.node)) {
      return [];
    }
    const moved = driverMovement(ctx, step.node);
    if (moved === null || Math.sign(moved.after - moved.before) * step.sign !== direction) {
      return [];
    }
    const rows = step.path.map((e) => e.rows.join('/')).join(' → ');
    const effect = direction > 0 ? 'raises' : 'lowers';
    return localisedDrafts(ctx, {
      factor: step.node,
      contribution: null,
      opening: movement(graphNode(step.node).label, moved.before, moved.after, moved.style),
      closing: `, which ${effect} ${ctx.change.kpi.name.toLowerCase()} (kpi-catalog ${rows}${pathWords(step)}); not quantified`,
      evidence: {
        driverBaseline: moved.before,
        driverCurrent: moved.after,
        ...(moved.before !== 0 && { relativeChange: (moved.after - moved.before) / Math.abs(moved.before) }),
        rows,
        depth: step.depth,
      },
    });
  });
}

/** A node's values in the two windows when its change counts (significant, or ≥ MIN_RELATIVE_CHANGE for sums), else null. */
export function driverMovement(ctx: AnalysisContext, node: NodeId): { before: number; after: number; style: ValueStyle } | null {
  const metric = ctx.metricOf(node);
  if (metric === null) {
    return null;
  }
  const counters = ctx.countersOf(node);
  if (metric.kind === 'ratio') {
    const change = kpiChange(metric.kpi.id, counters);
    return change === null || !change.significant
      ? null
      : { before: change.baseline.value, after: change.current.value, style: ctx.style(metric) };
  }
  const before = metric.read(counters.baseline);
  const after = metric.read(counters.current);
  const relative = before > 0 ? Math.abs(after - before) / before : Number.POSITIVE_INFINITY;
  return after === before || relative < MIN_RELATIVE_CHANGE ? null : { before, after, style: ctx.style(metric) };
}

function pathWords(step: UpstreamNode): string {
  return step.depth === 1
    ? ''
    : ` via ${step.path
        .slice(1)
        .map((e) => graphNode(e.from).label)
        .join(', ')}`;
}

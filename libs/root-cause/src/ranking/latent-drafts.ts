// Drivers no counter measures (graph-nodes.ts: agent proficiency and knowledge) can still be seen
// through their effects. One is a candidate for the degraded KPI when at least one of its other
// measured effects moved significantly, at the same time, the way its edge predicts, and none
// moved against it: handle time up while resolution falls, across the same series, is the pattern
// of agents short of skill, knowledge or working tools (kpi-catalog R17; D4 knowledge management)
// rather than of either KPI alone. Like the graph's other unquantified drivers its contribution is
// null; its strength for the ranking is the largest relative change among the confirming effects.
import { edgesInto, edgesOutOf, graphNode, isLatent } from '../graph/causal-graph';
import type { AnalysisContext } from './analysis-context';
import type { CandidateDraft } from './candidate';
import { movement } from './summaries';
import { driverMovement } from './upstream-drafts';

/** Candidates for the unmeasured drivers right upstream of the degraded KPI whose other effects confirm them. */
export function latentDrafts(ctx: AnalysisContext): CandidateDraft[] {
  const direction = Math.sign(ctx.change.change);
  if (direction === 0) {
    return [];
  }
  return edgesInto(ctx.node.id).flatMap((into): CandidateDraft[] => {
    const latent = graphNode(into.from);
    if (!isLatent(latent)) {
      return [];
    }
    // The way the latent driver must have moved for the KPI to move as it did.
    const moved = direction * into.sign;
    const effects = edgesOutOf(latent.id)
      .filter((e) => e.to !== ctx.node.id)
      .map((e) => ({ edge: e, values: driverMovement(ctx, e.to) }))
      .filter((e): e is { edge: typeof e.edge; values: NonNullable<typeof e.values> } => e.values !== null);
    const agrees = (e: (typeof effects)[number]): boolean => Math.sign(e.values.after - e.values.before) === moved * e.edge.sign;
    const confirming = effects.filter(agrees);
    if (confirming.length === 0 || confirming.length < effects.length) {
      return [];
    }
    const rows = [...new Set([...into.rows, ...confirming.flatMap((e) => e.edge.rows)])].join('/');
    const relative = Math.max(...confirming.map((e) => relativeChange(e.values.before, e.values.after)));
    const seen = confirming
      .map((e) => movement(graphNode(e.edge.to).label, e.values.before, e.values.after, e.values.style))
      .join(', and ');
    return [
      {
        factor: latent.id,
        effect: 'driver',
        contribution: null,
        summary:
          `${seen} while ${ctx.change.kpi.name.toLowerCase()} ${direction > 0 ? 'rose' : 'fell'}: together the pattern of ` +
          `${moved < 0 ? 'a drop in' : 'a rise in'} ${latent.label} (skills, knowledge base, tools; kpi-catalog ${rows}), inferred, not measured.`,
        evidence: {
          rows,
          effects: confirming.map((e) => e.edge.to).join(','),
          ...(Number.isFinite(relative) && { relativeChange: relative }),
        },
      },
    ];
  });
}

function relativeChange(before: number, after: number): number {
  return before === 0 ? Number.POSITIVE_INFINITY : Math.abs(after - before) / Math.abs(before);
}

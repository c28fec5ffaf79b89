// Candidates for a KPI outside the queueing model (handle time, transfers, resolution, adherence,
// …), and for a queueing KPI when the model cannot be evaluated: where the KPI's own change sits,
// by a drill-down of its own metric. An element's contribution is its explanatory power. When no
// dimension explains it, the KPI itself is a candidate, marked as spread evenly, with the whole
// change (contribution 1): an even rise of handle time everywhere is itself a finding, but the
// weakest one, so it is listed after every upstream driver (lastResort).
import { BREAKDOWN_DIMENSIONS } from '../input/root-cause-input';
import type { AnalysisContext } from './analysis-context';
import type { CandidateDraft } from './candidate';
import { localisedDrafts } from './localised-drafts';
import { DIMENSION_NOUNS, movement, unitStyle } from './summaries';

/** Candidates from the degraded KPI's own drill-down (see the file header). */
export function ownDrafts(ctx: AnalysisContext): CandidateDraft[] {
  const { change, node, input } = ctx;
  const given = BREAKDOWN_DIMENSIONS.filter((d) => (input.breakdowns?.[d]?.length ?? 0) > 0).map((d) => DIMENSION_NOUNS[d]);
  const unlocalised =
    given.length === 0
      ? ' (no drill-down rows to localise it)'
      : `, spread evenly: no single ${given.length === 1 ? given[0] : `${given.slice(0, -1).join(', ')} or ${given[given.length - 1]}`} explains it`;
  return localisedDrafts(ctx, {
    factor: node.id,
    contribution: 1,
    opening: movement(change.kpi.name, change.baseline.value, change.current.value, unitStyle(change.kpi.unit)),
    closing: '',
    unlocalised,
    unlocalisedIsLastResort: true,
    evidence: {
      kpi: change.kpi.id,
      kpiBaseline: change.baseline.value,
      kpiCurrent: change.current.value,
      kpiChange: change.change,
      ...(change.relativeChange !== null && { relativeChange: change.relativeChange }),
    },
  });
}

// Turns a quantified (or merely signalled) driver into candidates: localised by a drill-down of
// the driver's own metric when one dimension explains its change, one candidate per explaining
// element with the driver's contribution times the element's explanatory power; otherwise one
// candidate for the driver as a whole.
import { localise } from '../drill-down/localise';
import type { NodeId } from '../graph/graph-nodes';
import type { AnalysisContext } from './analysis-context';
import type { CandidateDraft } from './candidate';
import { elementClause } from './summaries';

export interface DriverFinding {
  readonly factor: NodeId;
  /** Share of the KPI's change this driver explains; null when only its direction is known. */
  readonly contribution: number | null;
  /** Opening of the sentence: the driver's own movement. */
  readonly opening: string;
  /** End of the sentence after the localisation, e.g. the counterfactual. */
  readonly closing: string;
  /** Said instead of the localisation when no dimension explains the change. */
  readonly unlocalised?: string;
  /** The unlocalised candidate only comes after every other one (own-drafts.ts). */
  readonly unlocalisedIsLastResort?: boolean;
  readonly evidence: Readonly<Record<string, number | string>>;
}

/** Candidates for one driver (see the file header). */
export function localisedDrafts(ctx: AnalysisContext, finding: DriverFinding): CandidateDraft[] {
  const metric = ctx.metricOf(finding.factor);
  const explanation = metric === null ? null : localise(metric, ctx.input.breakdowns);
  if (metric === null || explanation === null) {
    return [
      {
        factor: finding.factor,
        effect: 'driver',
        contribution: finding.contribution,
        summary: `${finding.opening}${finding.unlocalised ?? ''}${finding.closing}.`,
        evidence: finding.evidence,
        ...(finding.unlocalisedIsLastResort === true && { lastResort: true }),
      },
    ];
  }
  const style = ctx.style(metric);
  return explanation.elements.map((element) => {
    const power = element.explanatoryPower ?? 0;
    const effect = explanation.drillDown.kind === 'ratio' && Math.abs(element.mix) > Math.abs(element.rate) ? 'mix' : 'rate';
    const clause = elementClause(explanation.dimension, element, explanation.drillDown, style, ctx.noun(metric));
    const evidence: Record<string, number | string> = {
      ...finding.evidence,
      metric: metric.kind === 'ratio' ? metric.kpi.id : metric.measure,
      dimension: explanation.dimension,
      value: element.value,
      explanatoryPower: power,
      dimensionExplanatoryPower: explanation.explanatoryPower,
      surprise: element.surprise,
      mix: element.mix,
      rate: element.rate,
      baselineShare: element.baselineWeight,
      currentShare: element.currentWeight,
    };
    if (element.baselineRate !== null) {
      evidence.elementBaseline = element.baselineRate;
    }
    if (element.currentRate !== null) {
      evidence.elementCurrent = element.currentRate;
    }
    return {
      factor: finding.factor,
      dimension: explanation.dimension,
      value: element.value,
      effect,
      contribution: finding.contribution === null ? null : finding.contribution * power,
      summary: `${finding.opening}${clause}${finding.closing}.`,
      evidence,
    };
  });
}

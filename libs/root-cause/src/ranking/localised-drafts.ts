// Turns a quantified (or merely signalled) driver into candidates: localised by a drill-down of
// the driver's own metric when one dimension explains its change, one candidate per explaining
// element with the driver's contribution times the element's explanatory power; otherwise one
// candidate for the driver as a whole.
import { localise } from '../drill-down/localise';
import { unbookedMix, type UnbookedMix } from '../drill-down/unbooked-mix';
import type { NodeMetric } from '../metrics/node-metric';
import type { NodeId } from '../graph/graph-nodes';
import type { NodeContext } from './analysis-context';
import type { CandidateDraft } from './candidate';
import { DIMENSION_NOUNS, elementLabel, percent } from './summaries';
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
export function localisedDrafts(ctx: NodeContext, finding: DriverFinding): CandidateDraft[] {
  const metric = ctx.metricOf(finding.factor);
  const explanation = metric === null ? null : localise(metric, ctx.input.breakdowns);
  const mix =
    metric?.kind === 'ratio' && explanation === null ? unbookedMix(metric, ctx.input.breakdowns, ctx.countersOf(finding.factor)) : null;
  if (metric !== null && mix !== null) {
    return mixDrafts(ctx, finding, metric, mix);
  }
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

// Candidates for elements whose share grew in a dimension that does not hold the metric's events
// (drill-down/unbooked-mix.ts): the mix is shown, the contribution is unknown.
function mixDrafts(ctx: NodeContext, finding: DriverFinding, metric: NodeMetric, mix: UnbookedMix): CandidateDraft[] {
  const noun = ctx.noun(metric);
  const events = metric.kind === 'ratio' ? metric.kpi.name.toLowerCase() : noun;
  return mix.elements.map((element) => {
    const label = elementLabel(mix.dimension, element.value);
    const grew =
      element.baselineWeight === 0
        ? `${label}, absent from the baseline, made up ${percent(element.currentWeight)} of ${noun}`
        : `${label} grew from ${percent(element.baselineWeight)} to ${percent(element.currentWeight)} of ${noun}`;
    return {
      factor: finding.factor,
      dimension: mix.dimension,
      value: element.value,
      effect: 'mix' as const,
      contribution: null,
      summary:
        `${finding.opening}, while ${grew}; the events behind ${events} are not booked by ${DIMENSION_NOUNS[mix.dimension]}, ` +
        `so its part is not measured${finding.closing}.`,
      evidence: {
        ...finding.evidence,
        dimension: mix.dimension,
        value: element.value,
        baselineShare: element.baselineWeight,
        currentShare: element.currentWeight,
        ...(finding.contribution !== null && { driverContribution: finding.contribution }),
      },
    };
  });
}

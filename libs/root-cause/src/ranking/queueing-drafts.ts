// Candidates for a service-level, ASA or abandonment change: the Erlang attribution splits the
// change among volume, handle time and staffing (queueing-attribution/), each driver's share is
// passed on to the upstream nodes that moved it (driver-components.ts), and each is localised by
// its own metric. Contribution = Shapley value / observed change, or / modelled change where the
// model overshoots the observed change in the same direction, so no driver claims more than the
// whole change.
import type { NodeId } from '../graph/graph-nodes';
import { staffedAgentSecondsOf } from '../input/agent-time';
import { kpiValueOf, requireKpi } from '../metrics/kpi-value';
import type { QueueingKpi } from '../queueing-attribution/queue-model';
import { attributeQueueing, type QueueFactor, type QueueingAttribution } from '../queueing-attribution/queueing-attribution';
import type { AnalysisContext } from './analysis-context';
import type { CandidateDraft } from './candidate';
import {
  componentFractions,
  staffingComponents,
  unforeseenFraction,
  volumeComponents,
  windowForecast,
  type Component,
} from './driver-components';
import { localisedDrafts, type DriverFinding } from './localised-drafts';
import { amountStyle, movement, percent, signedPercent, unitStyle } from './summaries';

const PRIMARY: Partial<Record<NodeId, QueueingKpi>> = {
  service_level: 'service_level',
  average_speed_of_answer: 'average_speed_of_answer',
  abandonment: 'abandonment_rate',
};

/**
 * Nodes these candidates quantify, and the model's other outputs (an ASA rise is a symptom of the
 * same queue, not a cause of its abandonment): the walk for unquantified drivers skips them.
 */
export const QUEUEING_COVERED: ReadonlySet<NodeId> = new Set<NodeId>([
  'service_level',
  'average_speed_of_answer',
  'abandonment',
  'volume',
  'forecast',
  'handle_time',
  'staffing',
  'adherence',
  'shrinkage',
  'repeat_contacts',
  'transfers',
  'workload',
  'occupancy',
]);

// A component this close to the whole change is described as the whole.
const WHOLE = 0.995;

const contacts = (v: number): string => `${Math.round(v)} contacts`;
const CONTACTS = amountStyle(contacts);

/** Candidates from the queueing model, or null when the KPI is not a queueing KPI or the model cannot be evaluated. */
export function queueingDrafts(ctx: AnalysisContext): CandidateDraft[] | null {
  const kpi = PRIMARY[ctx.node.id];
  const staffed = staffedAgentSecondsOf(ctx.input);
  if (kpi === undefined || staffed === null) {
    return null;
  }
  const { input } = ctx;
  const result = attributeQueueing({
    kpi,
    windowSeconds: input.windowSeconds,
    thresholdSeconds: input.serviceLevelThresholdSeconds,
    counters: input.series,
    staffedAgentSeconds: staffed,
  });
  if (!result.ok) {
    return null;
  }
  const a = result.attribution;
  const definition = requireKpi(kpi);
  const { format } = unitStyle(definition.unit);
  const name = definition.name.toLowerCase();
  const observed = a.observed.current - a.observed.baseline;
  const modelled = a.modelled.current - a.modelled.baseline;
  const overshoot = Math.sign(modelled) === Math.sign(observed) && Math.abs(modelled) > Math.abs(observed);
  const scale = overshoot ? modelled : observed;
  const shareOf = (factor: QueueFactor): number => (scale === 0 ? 0 : a.shapley[factor] / scale);
  const common = {
    model: a.model,
    kpi,
    observedBaseline: a.observed.baseline,
    observedCurrent: a.observed.current,
    modelledBaseline: a.modelled.baseline,
    modelledCurrent: a.modelled.current,
    explained: a.explained ?? 0,
    ...(a.meanPatience !== null && { meanPatienceSeconds: a.meanPatience }),
  };
  const closing = (factor: QueueFactor, label: string, contribution: number, part: string): string =>
    `${part}; with ${label} at its baseline, ${name} would have been ${format(a.counterfactual[factor])} instead of the modelled ` +
    `${format(a.modelled.current)} (${percent(contribution)} of the ${name} change)`;
  const quantified = (factor: QueueFactor): Record<string, number | string> => ({
    ...common,
    queueFactor: factor,
    shapley: a.shapley[factor],
    counterfactual: a.counterfactual[factor],
    factorShare: shareOf(factor),
  });

  const findings: DriverFinding[] = [];
  const aht = shareOf('handle_time');
  findings.push({
    factor: 'handle_time',
    contribution: aht,
    opening: movement('handle time', a.baseline.meanHandleSeconds, a.current.meanHandleSeconds, unitStyle('seconds')),
    closing: closing('handle_time', 'handle time', aht, ''),
    evidence: { ...quantified('handle_time'), driverBaseline: a.baseline.meanHandleSeconds, driverCurrent: a.current.meanHandleSeconds },
  });
  findings.push(...componentFindings(ctx, a, 'volume', volumeComponents(input.series), shareOf('volume'), closing, quantified));
  findings.push(...componentFindings(ctx, a, 'staffing', staffingParts(ctx, staffed), shareOf('staffing'), closing, quantified));
  const forecast = forecastFinding(ctx, shareOf('volume'), common);
  if (forecast !== null) {
    findings.push(forecast);
  }
  return findings.flatMap((finding) => localisedDrafts(ctx, finding));
}

// The staffing change split by the agent counters, when they moved the way the staffed seconds the
// model used did; else (staffed seconds given by the caller, or no schedule data) staffing whole.
function staffingParts(ctx: AnalysisContext, staffed: { baseline: number; current: number }): Component[] {
  const change = staffed.current - staffed.baseline;
  const parts = staffingComponents(ctx.countersOf('staffing'));
  const net = parts.reduce((sum, p) => sum + p.change, 0);
  return Math.sign(net) === Math.sign(change) && net !== 0 ? parts : [{ factor: 'staffing', change }];
}

type Closing = (factor: QueueFactor, label: string, contribution: number, part: string) => string;

function componentFindings(
  ctx: AnalysisContext,
  a: QueueingAttribution,
  parent: 'volume' | 'staffing',
  components: readonly Component[],
  parentShare: number,
  closing: Closing,
  quantified: (factor: QueueFactor) => Record<string, number | string>,
): DriverFinding[] {
  const fractions = componentFractions(components);
  const parentLabel = parent === 'volume' ? 'offered volume' : 'staffing';
  const partNoun = parent === 'volume' ? 'offers' : 'on-queue agent time';
  return components.flatMap((component) => {
    const fraction = fractions.get(component.factor) ?? 0;
    if (fraction <= 0) {
      return [];
    }
    const contribution = parentShare * fraction;
    const part = fraction < WHOLE ? `, ${percent(fraction)} of the change in ${partNoun}` : '';
    return [
      {
        factor: component.factor,
        contribution,
        opening: componentMovement(ctx, component.factor, a),
        closing: closing(parent, parentLabel, contribution, part),
        evidence: { ...quantified(parent), componentFraction: fraction, componentChange: component.change },
      },
    ];
  });
}

// The component's own movement, in its own terms.
function componentMovement(ctx: AnalysisContext, factor: NodeId, a: QueueingAttribution): string {
  const { baseline, current } = ctx.input.series;
  const agents = ctx.countersOf('staffing');
  const share = (id: string, label: string): string => {
    const before = kpiValueOf(id, agents.baseline)?.value ?? 0;
    const after = kpiValueOf(id, agents.current)?.value ?? 0;
    return movement(label, before, after, unitStyle('ratio'));
  };
  if (factor === 'repeat_contacts') {
    return movement('repeat contacts', baseline.repeatContacts, current.repeatContacts, CONTACTS);
  }
  if (factor === 'transfers') {
    return movement('contacts transferred in', baseline.offers - baseline.firstOffers, current.offers - current.firstOffers, CONTACTS);
  }
  if (factor === 'adherence') {
    return share('schedule_adherence', 'schedule adherence');
  }
  if (factor === 'shrinkage') {
    return share('shrinkage', 'shrinkage');
  }
  if (factor === 'staffing') {
    return movement(
      'staffed agents on queue',
      a.baseline.agents,
      a.current.agents,
      amountStyle((v) => v.toFixed(1)),
    );
  }
  return movement('offered volume', baseline.offers, current.offers, CONTACTS);
}

// R6: the part of a volume rise that the forecast did not foresee, as a candidate of its own.
function forecastFinding(ctx: AnalysisContext, volumeShare: number, common: Record<string, number | string>): DriverFinding | null {
  const { baseline, current } = ctx.input.series;
  const unforeseen = unforeseenFraction(ctx.input.series, ctx.input.windowSeconds);
  if (unforeseen === null || unforeseen <= 0 || volumeShare <= 0) {
    return null;
  }
  const contribution = volumeShare * unforeseen;
  const forecast = windowForecast(current, ctx.input.windowSeconds) ?? 0;
  const error = forecast > 0 ? ` (${signedPercent(current.firstOffers / forecast - 1)})` : '';
  return {
    factor: 'forecast',
    contribution,
    opening: `Volume was ${contacts(current.firstOffers)} against a forecast of ${contacts(forecast)}${error}`,
    closing:
      `: ${percent(unforeseen)} of the rise over the baseline ${contacts(baseline.firstOffers)} was not forecast, so staff was planned ` +
      `for less (kpi-catalog R6; ${percent(contribution)} of the change)`,
    evidence: {
      ...common,
      forecastContacts: forecast,
      actualContacts: current.firstOffers,
      baselineContacts: baseline.firstOffers,
      unforeseenFraction: unforeseen,
      volumeShare,
    },
  };
}

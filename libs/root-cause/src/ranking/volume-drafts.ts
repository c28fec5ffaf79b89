// Candidates for a change of offered volume itself (the detection lib watches it as a count; it is
// no KPI of its own, the graph's `volume` node measured by Σ offers): the change in offers splits
// exactly into new demand, repeat contacts (R9) and contacts transferred in (driver-components.ts),
// each localised by its own metric (offers by element, the repeat-contact rate, the transfer
// rate), plus the part of a rise the forecast did not foresee (R6), which overlaps the volume
// candidate as it does for service level (a surge and a forecast miss look the same in counters).
import type { KpiCounters } from '@vahti/kpi';
import { graphNode } from '../graph/causal-graph';
import type { NodeId } from '../graph/graph-nodes';
import type { RootCauseInput, WindowPair } from '../input/root-cause-input';
import { nodeContext } from './analysis-context';
import type { CandidateDraft } from './candidate';
import { componentFractions, unforeseenFraction, volumeComponents, windowForecast } from './driver-components';
import { localisedDrafts } from './localised-drafts';
import { amountStyle, movement, percent, signedPercent } from './summaries';

/** The id rankCauses takes for offered volume (the detection lib's watched metric of that name). */
export const OFFERED_VOLUME = 'offered_volume';

// A component this close to the whole change is described as the whole.
const WHOLE = 0.995;
const contacts = (v: number): string => `${Math.round(v)} contacts`;
const CONTACTS = amountStyle(contacts);

/** Candidates for the change of offers between the input's windows; none when offers did not move. */
export function volumeDrafts(input: RootCauseInput): CandidateDraft[] {
  const ctx = nodeContext(input, graphNode('volume'));
  const { baseline, current } = input.series;
  if (current.offers === baseline.offers) {
    return [];
  }
  const components = volumeComponents(input.series);
  const fractions = componentFractions(components);
  const common = { offersBaseline: baseline.offers, offersCurrent: current.offers };
  const drafts = components.flatMap((component) => {
    const fraction = fractions.get(component.factor) ?? 0;
    if (fraction <= 0) {
      return [];
    }
    return localisedDrafts(ctx, {
      factor: component.factor,
      contribution: fraction,
      opening: componentMovement(component.factor, input.series),
      closing: fraction < WHOLE ? `, ${percent(fraction)} of the change in offers` : '',
      evidence: { ...common, componentChange: component.change, componentFraction: fraction },
    });
  });
  const unforeseen = current.offers > baseline.offers ? unforeseenFraction(input.series, input.windowSeconds) : null;
  if (unforeseen !== null && unforeseen > 0) {
    const forecast = windowForecast(current, input.windowSeconds) ?? 0;
    const error = forecast > 0 ? ` (${signedPercent(current.firstOffers / forecast - 1)})` : '';
    drafts.push(
      ...localisedDrafts(ctx, {
        factor: 'forecast',
        contribution: unforeseen,
        opening: `Volume was ${contacts(current.firstOffers)} against a forecast of ${contacts(forecast)}${error}`,
        closing: `: ${percent(unforeseen)} of the rise over the baseline ${contacts(baseline.firstOffers)} was not forecast (kpi-catalog R6)`,
        evidence: {
          ...common,
          forecastContacts: forecast,
          actualContacts: current.firstOffers,
          unforeseenFraction: unforeseen,
        },
      }),
    );
  }
  return drafts;
}

// The component's own movement, in contacts.
function componentMovement(factor: NodeId, series: WindowPair<Readonly<KpiCounters>>): string {
  const { baseline, current } = series;
  if (factor === 'repeat_contacts') {
    return movement('repeat contacts', baseline.repeatContacts, current.repeatContacts, CONTACTS);
  }
  if (factor === 'transfers') {
    return movement('contacts transferred in', baseline.offers - baseline.firstOffers, current.offers - current.firstOffers, CONTACTS);
  }
  return movement(
    'new contacts offered',
    baseline.firstOffers - baseline.repeatContacts,
    current.firstOffers - current.repeatContacts,
    CONTACTS,
  );
}

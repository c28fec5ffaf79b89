// Adtributor's choice of the elements that explain a change (Bhagwan et al., NSDI'14, as in
// detection-and-stack §B.1): per dimension, walk the elements by surprise, most surprising first,
// keep those whose explanatory power reaches T_EEP, and stop once their powers add up to T_EP. The
// thresholds are the common re-implementation defaults the reference quotes, T_EP = 0.67 and
// T_EEP = 0.1.
//
// Two additions of our own ([S]), both for succinctness, which Adtributor aims at:
// - A set must explain more than it would if the change were spread evenly over the dimension: of
//   the power an even spread leaves unexplained (1 − its even-spread power, the larger of its current
//   weight and its share under an even relative change), the set must take at least
//   MIN_EXCESS_SHARE. Without this, a change that hit every element alike "localises" at whichever
//   elements are big (a volume surge on every reason, say). The guard is relative to that room: a
//   fixed margin (0.15 earlier) could never be met by an element that carries 85 % of the contacts,
//   and missed a team with 80 % of the contacts that got 38 % slower while the other team got 12 %
//   slower (the team-digital fault replay: power 0.95 against an even 0.81). The excess must also be
//   at least T_EEP = 0.1 of the change, so that a team carrying 96 % of the contacts does not
//   "explain" a change by carrying it.
// - At most MAX_ELEMENTS elements: a list of fifteen agents is not a localisation.
// Across dimensions the most succinct explanation wins (fewest elements), then the most surprising
// (Adtributor's dimension ranking), then the dimension order given.
import type { BreakdownDimension } from '../input/root-cause-input';
import type { DrillDown, ElementChange } from './element-change';

export const EXPLANATORY_POWER_THRESHOLD = 0.67;
export const ELEMENT_POWER_THRESHOLD = 0.1;
/** Share of the power an even spread leaves unexplained that a set must take ([S], see the file header). */
export const MIN_EXCESS_SHARE = 0.5;
export const MAX_ELEMENTS = 3;

export interface Explanation {
  readonly dimension: BreakdownDimension;
  readonly drillDown: DrillDown;
  /** The explaining elements, most surprising first. */
  readonly elements: readonly ElementChange[];
  readonly explanatoryPower: number;
  readonly evenPower: number;
  readonly surprise: number;
}

/** The elements of one dimension that explain the change, or null when no succinct set does. */
export function explainDimension(dimension: BreakdownDimension, drillDown: DrillDown): Explanation | null {
  if (drillDown.change === 0) {
    return null;
  }
  const ordered = [...drillDown.elements].sort(
    (a, b) => b.surprise - a.surprise || Math.abs(b.total) - Math.abs(a.total) || compareText(a.value, b.value),
  );
  const chosen: ElementChange[] = [];
  let power = 0;
  for (const element of ordered) {
    if ((element.explanatoryPower ?? 0) < ELEMENT_POWER_THRESHOLD) {
      continue;
    }
    chosen.push(element);
    power += element.explanatoryPower ?? 0;
    if (power >= EXPLANATORY_POWER_THRESHOLD || chosen.length === MAX_ELEMENTS) {
      break;
    }
  }
  const evenPower = chosen.reduce((sum, e) => sum + e.evenPower, 0);
  const excess = power - evenPower;
  if (power < EXPLANATORY_POWER_THRESHOLD || excess < MIN_EXCESS_SHARE * (1 - evenPower) || excess < ELEMENT_POWER_THRESHOLD) {
    return null;
  }
  const surprise = chosen.reduce((sum, e) => sum + e.surprise, 0);
  return { dimension, drillDown, elements: chosen, explanatoryPower: power, evenPower, surprise };
}

/** The best of several dimensions' explanations (see the file header), or null when there is none. */
export function bestExplanation(explanations: readonly (Explanation | null)[]): Explanation | null {
  let best: Explanation | null = null;
  for (const candidate of explanations) {
    if (candidate === null) {
      continue;
    }
    if (
      best === null ||
      candidate.elements.length < best.elements.length ||
      (candidate.elements.length === best.elements.length && candidate.surprise > best.surprise)
    ) {
      best = candidate;
    }
  }
  return best;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

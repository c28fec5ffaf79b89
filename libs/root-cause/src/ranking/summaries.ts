// The words of candidate summaries: one sentence per candidate, built from small parts so every
// number in it comes from the evidence beside it. Values are formatted as @vahti/kpi formats them
// for people (formatValue), shares and changes as whole percentages.
import { formatValue, type KpiUnit } from '@vahti/kpi';
import type { ElementChange, DrillDown } from '../drill-down/element-change';
import type { BreakdownDimension } from '../input/root-cause-input';

/** A share as a whole percentage: 0.372 → "37 %". */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** A relative change with its sign: 0.4 → "+40 %", −0.2 → "−20 %". */
export function signedPercent(change: number): string {
  const rounded = roundHalfAway(change * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)} %`;
}

/** A difference of shares in percentage points with its sign: 0.087 → "+8.7 pp". */
export function signedPoints(difference: number): string {
  const rounded = roundHalfAway(difference * 1000) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)} pp`;
}

/** How a metric's values read: their format, whether changes read in points (shares) or percent, the verbs of a rate. */
export interface ValueStyle {
  readonly format: (v: number) => string;
  readonly points: boolean;
  readonly verbs: RateVerbs;
}

/** The change from `before` to `after` in brackets: "(+40 %)", or "(+8.7 pp)" for shares; empty from 0 in percent. */
export function changeText(before: number, after: number, points: boolean): string {
  if (points) {
    return ` (${signedPoints(after - before)})`;
  }
  return before === 0 ? '' : ` (${signedPercent((after - before) / Math.abs(before))})`;
}

/** "Handle time rose from 6 min to 8 min 24 s (+40 %)"; the verb from the numbers. */
export function movement(label: string, before: number, after: number, style: Pick<ValueStyle, 'format' | 'points'>): string {
  const { format } = style;
  if (after === before) {
    return `${capitalise(label)} stayed at ${format(after)}`;
  }
  return `${capitalise(label)} ${after > before ? 'rose' : 'fell'} from ${format(before)} to ${format(after)}${changeText(before, after, style.points)}`;
}

/** What an element of each dimension is called in a sentence. */
export const DIMENSION_NOUNS: Readonly<Record<BreakdownDimension, string>> = {
  reason: 'contact reason',
  team: 'team',
  agent: 'agent',
  queue: 'queue',
  channel: 'channel',
};

/** How an element is named in a sentence: "contact reason billing", "team team-digital". */
export function elementLabel(dimension: BreakdownDimension, value: string): string {
  return `${DIMENSION_NOUNS[dimension]} ${value}`;
}

const DURATION_VERBS: RateVerbs = { up: 'took longer', down: 'got quicker' };
const LEVEL_VERBS: RateVerbs = { up: 'rose', down: 'fell' };

/** The style of values in a KPI unit. */
export function unitStyle(unit: KpiUnit): ValueStyle {
  return { format: (v) => formatValue(unit, v), points: unit === 'ratio', verbs: unit === 'seconds' ? DURATION_VERBS : LEVEL_VERBS };
}

/** The style of plain amounts (contacts, agents). */
export function amountStyle(format: (v: number) => string): ValueStyle {
  return { format, points: false, verbs: LEVEL_VERBS };
}

/** Verbs for an element's own rate moving: durations take longer or get quicker, other values rise or fall. */
export interface RateVerbs {
  readonly up: string;
  readonly down: string;
}

/**
 * Where a drill-down puts the change: ", mostly because contact reason billing took longer: 6 min →
 * 8 min 24 s (+40 %), while its share of handled contacts stayed at 65 %" for a rate change, the
 * weight's move for a mix change, the element's own amounts for an additive measure.
 */
export function elementClause(
  dimension: BreakdownDimension,
  element: ElementChange,
  drill: DrillDown,
  style: ValueStyle,
  noun: string,
): string {
  const { format, verbs } = style;
  const label = elementLabel(dimension, element.value);
  const power = element.explanatoryPower === null ? '' : ` (${percent(element.explanatoryPower)} of it)`;
  const before = element.baselineRate;
  const after = element.currentRate;
  const moved = (from: number, to: number): string => `${format(from)} → ${format(to)}${changeText(from, to, style.points)}`;
  if (drill.kind === 'additive') {
    return `, mostly at ${label}: ${moved(before ?? 0, after ?? 0)}${power}`;
  }
  if (Math.abs(element.mix) > Math.abs(element.rate)) {
    const rate = after ?? before;
    const at = rate === null ? '' : ` at ${format(rate)} against ${format(drill.baseline)} overall`;
    const weight =
      before === null
        ? `${label}, absent from the baseline, made up ${percent(element.currentWeight)} of ${noun}`
        : `${label} ${element.currentWeight > element.baselineWeight ? 'grew' : 'shrank'} from ${percent(element.baselineWeight)} to ${percent(element.currentWeight)} of ${noun}`;
    return `, mostly because ${weight}${at}${power}`;
  }
  if (before === null || after === null) {
    return `, mostly at ${label}${power}`;
  }
  const share =
    Math.abs(element.currentWeight - element.baselineWeight) < 0.02
      ? `stayed at ${percent(element.currentWeight)}`
      : `went from ${percent(element.baselineWeight)} to ${percent(element.currentWeight)}`;
  return `, mostly because ${label} ${after > before ? verbs.up : verbs.down}: ${moved(before, after)}, while its share of ${noun} ${share}${power}`;
}

// Halves round away from zero, so −12.5 % reads as −13 % like +12.5 % reads as +13 %.
function roundHalfAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

function capitalise(text: string): string {
  return text.length === 0 ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

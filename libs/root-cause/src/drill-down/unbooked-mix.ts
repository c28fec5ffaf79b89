// When a dimension's rows do not hold the metric's events: the evaluator books some events without
// the dimension (a transfer carries no contact reason, so the reason rows of the transfer rate hold
// handled contacts but no transfers). The rate of an element cannot be measured then, and a
// drill-down of the rows would explain a change that is not in them. What the rows still show is
// the mix of the denominator: an element that came from nowhere (contacts of a reason the queue does
// not usually get: mis-routing, which drives transfers, kpi-catalog R12) or grew by a tenth of the
// contacts or more is named, with its shares and without a contribution.
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension, type RootCauseInput } from '../input/root-cause-input';
import type { NodeMetric, RatioPart } from '../metrics/node-metric';
import type { KpiCounters } from '@vahti/kpi';
import type { WindowPair } from '../input/root-cause-input';
import { ELEMENT_POWER_THRESHOLD, MAX_ELEMENTS } from './explain-dimension';

/** [S]: rows miss the metric's events when they hold less than this share of the series' numerator (and at least one event). */
export const UNBOOKED_SHARE = 0.05;

export interface MixElement {
  readonly value: string;
  readonly baselineWeight: number;
  readonly currentWeight: number;
}

export interface UnbookedMix {
  readonly dimension: BreakdownDimension;
  /** Elements whose share of the denominator grew by at least T_EEP = 0.1, most grown first. */
  readonly elements: readonly MixElement[];
}

/** The first dimension (in BREAKDOWN_DIMENSIONS order) whose rows miss the metric's events and show a grown element, or null. */
export function unbookedMix(
  metric: Extract<NodeMetric, { kind: 'ratio' }>,
  breakdowns: RootCauseInput['breakdowns'],
  series: WindowPair<Readonly<KpiCounters>>,
): UnbookedMix | null {
  const whole = metric.read(series.current);
  for (const dimension of BREAKDOWN_DIMENSIONS) {
    const rows = breakdowns?.[dimension];
    if (rows === undefined || rows.length === 0) {
      continue;
    }
    const parts = rows.map((r) => ({ value: r.value, baseline: metric.read(r.baseline), current: metric.read(r.current) }));
    const booked = sum(parts.map((p) => p.current));
    const missing = whole.numerator - booked.numerator;
    if (!(missing >= 1 && missing > UNBOOKED_SHARE * Math.abs(whole.numerator))) {
      continue;
    }
    const n = sum(parts.map((p) => p.baseline)).denominator;
    const n1 = booked.denominator;
    if (!(n > 0) || !(n1 > 0)) {
      continue;
    }
    const elements = parts
      .map((p) => ({ value: p.value, baselineWeight: p.baseline.denominator / n, currentWeight: p.current.denominator / n1 }))
      .filter((e) => e.currentWeight - e.baselineWeight >= ELEMENT_POWER_THRESHOLD)
      .sort((a, b) => b.currentWeight - b.baselineWeight - (a.currentWeight - a.baselineWeight) || (a.value < b.value ? -1 : 1))
      .slice(0, MAX_ELEMENTS);
    if (elements.length > 0) {
      return { dimension, elements };
    }
  }
  return null;
}

function sum(parts: readonly RatioPart[]): RatioPart {
  return parts.reduce((t, p) => ({ numerator: t.numerator + p.numerator, denominator: t.denominator + p.denominator }), {
    numerator: 0,
    denominator: 0,
  });
}

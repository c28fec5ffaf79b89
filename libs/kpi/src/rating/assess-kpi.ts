// The structured verdict on one value: its rating, the lines it was placed against, the gap to the
// line that matters and the direction against the previous window. Sentences are rendered from this
// (describe-kpi.ts), never the other way round.
import type { KpiDefinition, KpiValue } from '../kpis/kpi-definition';
import { atLeast, ladderOf, type Ladder, type LineName } from './ladder';
import { levelOf, rateKpi } from './rate-kpi';
import type { Rating } from './rating-scale';
import type { Yardstick } from './yardstick';

export interface Gap {
  /** The line measured against: the target when there is one, else the next line up (the best line met at level 5). */
  readonly line: LineName | 'band';
  readonly lineValue: number;
  readonly derived: boolean;
  /** Distance from the line (band: from the nearer edge), in the KPI's unit, never negative. */
  readonly size: number;
  readonly side: 'better' | 'worse' | 'on' | 'inside' | 'above' | 'below';
}

export interface Direction {
  readonly previous: number;
  readonly change: number;
  /** Null for band KPIs whose distance from the band did not change (e.g. inside it both times). */
  readonly improving: boolean | null;
}

export interface KpiAssessment {
  readonly rating: Rating;
  /** The lines a directional value is placed against, derived ones marked; null for band KPIs or without lines. */
  readonly ladder: Ladder | null;
  readonly gap: Gap | null;
  readonly direction: Direction | null;
}

type Assessed = Pick<KpiDefinition, 'better' | 'minSample' | 'unit'> & Partial<Pick<KpiDefinition, 'ideal'>>;

/** Rates a value and works out its gap and direction. */
export function assessKpi(kpi: Assessed, value: KpiValue | null, yardstick: Yardstick, previous: number | null): KpiAssessment {
  const rating = rateKpi(kpi, value, yardstick);
  if (kpi.better === 'band') {
    const band = yardstick.band;
    return {
      rating,
      ladder: null,
      gap: value === null || band === undefined ? null : bandGap(value.value, band),
      direction: value === null ? null : bandDirection(value.value, previous, band),
    };
  }
  const ladder = ladderOf(kpi, yardstick);
  return {
    rating,
    ladder,
    gap: value === null || ladder === null ? null : lineGap(kpi, value.value, ladder, yardstick),
    direction:
      value === null || previous === null
        ? null
        : { previous, change: value.value - previous, improving: improving(kpi, value.value, previous) },
  };
}

function improving(kpi: Pick<KpiDefinition, 'better'>, v: number, previous: number): boolean | null {
  return v === previous ? null : (kpi.better === 'higher') === v > previous;
}

function lineGap(kpi: Assessed, v: number, ladder: Ladder, y: Yardstick): Gap {
  const target = y.target === undefined ? undefined : { name: 'target' as const, value: y.target, derived: false };
  const next = target ?? nextLine(levelOf(kpi, v, y), ladder);
  const size = Math.abs(v - next.value);
  const side = size === 0 ? 'on' : atLeast(kpi.better, v, next.value) ? 'better' : 'worse';
  return { line: next.name, lineValue: next.value, derived: next.derived, size, side };
}

// The line to reach for the next level up; at level 1 the critical line it fell below.
function nextLine(level: number | null, ladder: Ladder): Ladder[keyof Ladder] {
  const lines = [ladder.critical, ladder.typical, ladder.upper, ladder.worldClass];
  return lines[Math.min(Math.max((level ?? 5) - 1, 0), 3)] as Ladder[keyof Ladder];
}

function bandGap(v: number, band: { readonly low: number; readonly high: number }): Gap {
  if (v > band.high) {
    return { line: 'band', lineValue: band.high, derived: false, size: v - band.high, side: 'above' };
  }
  if (v < band.low) {
    return { line: 'band', lineValue: band.low, derived: false, size: band.low - v, side: 'below' };
  }
  return { line: 'band', lineValue: v, derived: false, size: 0, side: 'inside' };
}

function bandDirection(
  v: number,
  previous: number | null,
  band: { readonly low: number; readonly high: number } | undefined,
): Direction | null {
  if (previous === null) {
    return null;
  }
  const outside = (x: number): number => (band === undefined ? 0 : Math.max(0, x - band.high, band.low - x));
  const before = outside(previous);
  const now = outside(v);
  return { previous, change: v - previous, improving: now === before ? null : now < before };
}

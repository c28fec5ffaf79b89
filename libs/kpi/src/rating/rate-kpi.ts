// Where a value stands against its yardstick, on the 5-level scale (kpi-catalog §7.3):
//   1 critical: worse than the critical line or the tenant's floor;
//   5 world-class: at or better than the world-class line;
//   4 at or better than the top quartile, or than the target (the tenant's, else the default);
//   3 at or better than the typical (median) line;
//   2 otherwise.
// Lines a source does not give are derived (ladder.ts), so every level is reachable.
// Band KPIs (handle time, occupancy), closer to plan is better: inside the middle half of the band 5,
// elsewhere inside 4, beyond a critical edge 1, in between 3 for the nearer half and 2 for the
// farther half. Without a critical edge, one is put 20 % of the band edge beyond it (a convention).
import type { KpiDefinition, KpiValue } from '../kpis/kpi-definition';
import { atLeast, ladderOf, type Ladder } from './ladder';
import { rated, type Rating, type RatingLevel } from './rating-scale';
import type { Yardstick } from './yardstick';

/** Relative distance beyond a band edge, on each side, at which a missing critical edge is put (2 × 10 %). */
export const BAND_CRITICAL_REACH = 0.2;

type Rateable = Pick<KpiDefinition, 'better' | 'minSample'> & Partial<Pick<KpiDefinition, 'unit' | 'ideal'>>;

/** Rates one KPI value. */
export function rateKpi(kpi: Rateable, value: KpiValue | null, yardstick: Yardstick): Rating {
  if (value === null) {
    return { status: 'no_data' };
  }
  if (value.denominator < kpi.minSample) {
    return { status: 'insufficient_data' };
  }
  const level = levelOf(kpi, value.value, yardstick);
  return level === null ? { status: 'no_yardstick' } : rated(level);
}

/** The level a value would get regardless of its sample size, or null without a yardstick. */
export function levelOf(kpi: Rateable, v: number, yardstick: Yardstick): RatingLevel | null {
  if (kpi.better === 'band') {
    return bandLevel(v, yardstick);
  }
  const ladder = ladderOf(
    { better: kpi.better, unit: kpi.unit ?? 'ratio', ...(kpi.ideal !== undefined && { ideal: kpi.ideal }) },
    yardstick,
  );
  return ladder === null ? null : ladderLevel(kpi.better, v, ladder);
}

function ladderLevel(better: 'higher' | 'lower', v: number, ladder: Ladder): RatingLevel {
  if (!atLeast(better, v, ladder.critical.value)) {
    return 1;
  }
  if (atLeast(better, v, ladder.worldClass.value)) {
    return 5;
  }
  if (atLeast(better, v, ladder.upper.value)) {
    return 4;
  }
  return atLeast(better, v, ladder.typical.value) ? 3 : 2;
}

/** The critical edges of a band: the yardstick's, else BAND_CRITICAL_REACH beyond each edge. */
export function bandEdges(y: Yardstick): { readonly low: number; readonly high: number } | null {
  if (y.band === undefined) {
    return null;
  }
  return {
    high: y.critical ?? y.band.high + Math.abs(y.band.high) * BAND_CRITICAL_REACH,
    low: y.criticalLow ?? y.band.low - Math.abs(y.band.low) * BAND_CRITICAL_REACH,
  };
}

function bandLevel(v: number, y: Yardstick): RatingLevel | null {
  const band = y.band;
  const edges = bandEdges(y);
  if (band === undefined || edges === null) {
    return null;
  }
  if (v > edges.high || v < edges.low) {
    return 1;
  }
  if (v >= band.low && v <= band.high) {
    const quarter = (band.high - band.low) / 4;
    return v >= band.low + quarter && v <= band.high - quarter ? 5 : 4;
  }
  const above = v > band.high;
  const edge = above ? band.high : band.low;
  const reach = Math.abs((above ? edges.high : edges.low) - edge);
  return Math.abs(v - edge) <= reach / 2 ? 3 : 2;
}

// Where a value stands against its yardstick, on the 5-level scale:
//   1 critical: worse than the pack's critical line or the tenant's floor;
//   5 world-class: at or better than the world-class line;
//   4 at or better than the top quartile, or than the tenant's target;
//   3 at or better than the typical (median) line;
//   2 otherwise.
// Without a typical line, "within 10 % of the nearest line above" is 3 (a stated convention).
// Band KPIs (handle time, occupancy): inside the band 4, beyond a critical edge 1, in between 3 for
// the nearer half and 2 for the farther half.
import type { Better, KpiDefinition, KpiValue } from '../kpis/kpi-definition';
import { rated, type Rating, type RatingLevel } from './rating-scale';
import type { Yardstick } from './yardstick';

/** Relative distance to a line within which a value counts as typical when no median is known. */
export const NEAR_LINE_TOLERANCE = 0.1;

/** Rates one KPI value. */
export function rateKpi(kpi: Pick<KpiDefinition, 'better' | 'minSample'>, value: KpiValue | null, yardstick: Yardstick): Rating {
  if (value === null) {
    return { status: 'no_data' };
  }
  if (value.denominator < kpi.minSample) {
    return { status: 'insufficient_data' };
  }
  return kpi.better === 'band' ? rateBand(value.value, yardstick) : rateDirectional(kpi.better, value.value, yardstick);
}

function rateDirectional(better: Exclude<Better, 'band'>, v: number, y: Yardstick): Rating {
  const atLeast = (line: number | undefined): boolean => line !== undefined && (better === 'higher' ? v >= line : v <= line);
  const worseThan = (line: number | undefined): boolean => line !== undefined && !atLeast(line);
  if (worseThan(y.critical) || worseThan(y.floor)) {
    return rated(1);
  }
  if (atLeast(y.worldClass)) {
    return rated(5);
  }
  if (atLeast(y.topQuartile) || atLeast(y.target)) {
    return rated(4);
  }
  if (y.median !== undefined) {
    return rated(atLeast(y.median) ? 3 : 2);
  }
  const upper = [y.target, y.topQuartile, y.worldClass].filter((line): line is number => line !== undefined);
  if (upper.length === 0) {
    return y.critical !== undefined || y.floor !== undefined ? rated(3) : { status: 'no_yardstick' };
  }
  const nearest = better === 'higher' ? Math.min(...upper) : Math.max(...upper);
  return rated(Math.abs(v - nearest) <= Math.abs(nearest) * NEAR_LINE_TOLERANCE ? 3 : 2);
}

function rateBand(v: number, y: Yardstick): Rating {
  const band = y.band;
  if (band === undefined) {
    return { status: 'no_yardstick' };
  }
  if ((y.critical !== undefined && v > y.critical) || (y.criticalLow !== undefined && v < y.criticalLow)) {
    return rated(1);
  }
  if (v >= band.low && v <= band.high) {
    return rated(4);
  }
  const above = v > band.high;
  const edge = above ? band.high : band.low;
  const criticalEdge = above ? y.critical : y.criticalLow;
  const reach = criticalEdge !== undefined ? Math.abs(criticalEdge - edge) : Math.abs(edge) * NEAR_LINE_TOLERANCE * 2;
  const level: RatingLevel = Math.abs(v - edge) <= reach / 2 ? 3 : 2;
  return rated(level);
}

// The four lines a directional value is placed against, one per level boundary: critical (worse is
// 1), typical (3), top quartile or target (4), world-class (5). kpi-catalog §7.3 names the levels;
// public sources rarely give all four lines, so the missing ones are derived, a Vahti convention
// ([S]), so that every level can be reached and one given line never collapses the scale.
//
// Lines are compared as gaps to the KPI's ideal value (0 s wait, 100 % resolution, ...). With G the
// typical line's gap: world-class is G / 2, top quartile midway (3G / 4), critical 2G. A missing
// typical line is inferred from the nearest given one the same way (from a target or top quartile
// t: G = 4t / 3). A missing world-class line is half the gap of the best given line, so it is never
// laxer than the tenant's own target. Given lines always win.
import type { KpiDefinition } from '../kpis/kpi-definition';
import type { Yardstick } from './yardstick';

export type LineName = 'critical' | 'floor' | 'median' | 'topQuartile' | 'target' | 'worldClass';

export interface LadderLine {
  readonly name: LineName;
  readonly value: number;
  /** True when the line is derived by the convention above, not given by the pack, the tenant or a default target. */
  readonly derived: boolean;
}

export interface Ladder {
  /** Worse than this is level 1 (the stricter of the pack's critical line and the tenant's floor). */
  readonly critical: LadderLine;
  /** At or better than this is level 3. */
  readonly typical: LadderLine;
  /** At or better than this is level 4: the top quartile or the target, whichever is laxer. */
  readonly upper: LadderLine;
  /** At or better than this is level 5. */
  readonly worldClass: LadderLine;
}

type Directional = Pick<KpiDefinition, 'better' | 'unit' | 'ideal'>;

interface GapScale {
  readonly gap: (value: number) => number;
  readonly value: (gap: number) => number;
}

/** The ladder of a directional KPI, or null when the yardstick has no line at all. */
export function ladderOf(kpi: Directional, y: Yardstick): Ladder | null {
  const scale = gapScale(kpi);
  const line = (name: LineName, value: number | undefined): LadderLine[] => (value === undefined ? [] : [{ name, value, derived: false }]);
  const byGap = (lines: LadderLine[]): LadderLine[] => [...lines].sort((a, b) => scale.gap(a.value) - scale.gap(b.value));
  const derive = (name: LineName, gap: number): LadderLine => ({ name, value: scale.value(Math.max(0, gap)), derived: true });

  const median = line('median', y.median)[0];
  const upperGiven = byGap([...line('topQuartile', y.topQuartile), ...line('target', y.target)]).pop();
  const worldGiven = line('worldClass', y.worldClass)[0];
  const criticalGiven = byGap([...line('critical', y.critical), ...line('floor', y.floor)])[0];

  const typicalGap =
    median !== undefined
      ? scale.gap(median.value)
      : upperGiven !== undefined
        ? (scale.gap(upperGiven.value) * 4) / 3
        : worldGiven !== undefined
          ? 2 * scale.gap(worldGiven.value)
          : criticalGiven !== undefined
            ? scale.gap(criticalGiven.value) / 2
            : undefined;
  if (typicalGap === undefined) {
    return null;
  }
  const best = byGap([...line('median', y.median), ...line('topQuartile', y.topQuartile), ...line('target', y.target)])[0];
  const worldGap = best === undefined ? typicalGap / 2 : scale.gap(best.value) / 2;
  const worldClass = worldGiven ?? derive('worldClass', worldGap);
  return {
    critical: criticalGiven ?? derive('critical', 2 * typicalGap),
    typical: median ?? derive('median', typicalGap),
    upper: upperGiven ?? derive('topQuartile', (typicalGap + scale.gap(worldClass.value)) / 2),
    worldClass,
  };
}

/** Whether `value` is at or better than `line` for a KPI of direction `better`. */
export function atLeast(better: Directional['better'], value: number, line: number): boolean {
  return better === 'higher' ? value >= line : value <= line;
}

// The ideal is 0 for lower-is-better KPIs and 100 % / 100 points for higher-is-better ratios and
// scores; a higher-is-better time (patience) has none, so its gap is relative (1 / value).
function gapScale(kpi: Directional): GapScale {
  if (kpi.better === 'lower') {
    const ideal = kpi.ideal ?? 0;
    return { gap: (v) => v - ideal, value: (g) => ideal + g };
  }
  const ideal = kpi.ideal ?? (kpi.unit === 'ratio' ? 1 : kpi.unit === 'points' ? 100 : undefined);
  if (ideal === undefined) {
    return { gap: (v) => (v > 0 ? 1 / v : Number.POSITIVE_INFINITY), value: (g) => (g > 0 ? 1 / g : Number.POSITIVE_INFINITY) };
  }
  return { gap: (v) => ideal - v, value: (g) => ideal - g };
}

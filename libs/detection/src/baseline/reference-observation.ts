// The history a seasonal baseline is built from: observations of the same 15-minute slot of the
// week in earlier weeks (detection-and-stack.md §A.6.2: slot = weekday × interval of day), passed
// in by the caller, so the baseline is a pure function of what it is given and the monitor state
// stays small. Neighbouring slots (±15, ±30 min) may be added for rates and durations, which move
// slowly within the day; counts use the same slot only, because volume follows the intraday curve.
import type { Observation } from '../observations/observation';

export interface ReferenceObservation {
  /** 1 = the same slot one week earlier, 2 = two weeks earlier, … */
  readonly weeksAgo: number;
  /** 0 (or absent) = the same slot; −1 / +1 = the slot before / after, and so on. */
  readonly slotOffset?: number;
  readonly observation: Observation;
}

/** How many weeks of reference a baseline needs, and how it treats a polluted one. */
export interface BaselineConfig {
  /** Fewer usable weeks than this: no baseline yet (K = 4 is the recommended history, §A.6.2). */
  readonly minWeeks: number;
  /** A week whose proportion is this many standard errors from the other weeks' is left out (at most one week). */
  readonly pollutedWeekZ: number;
  /** Ceiling of the estimated over-dispersion factor, so one odd reference cannot switch a detector off. */
  readonly maxDispersion: number;
}

/**
 * Defaults [S]: three usable weeks of the recommended four (one may be missing or a holiday);
 * z = 4 leaves a normal week in almost always (P(|z| > 4) ≈ 6·10⁻⁵ under the binomial model);
 * over-dispersion capped at 10.
 */
export const DEFAULT_BASELINE_CONFIG: BaselineConfig = { minWeeks: 3, pollutedWeekZ: 4, maxDispersion: 10 };

/** The references grouped by week, in ascending weeksAgo. */
export function byWeek(references: readonly ReferenceObservation[]): Array<{ weeksAgo: number; items: Observation[] }> {
  const weeks = new Map<number, Observation[]>();
  for (const reference of references) {
    const items = weeks.get(reference.weeksAgo);
    if (items === undefined) {
      weeks.set(reference.weeksAgo, [reference.observation]);
    } else {
      items.push(reference.observation);
    }
  }
  return [...weeks.entries()].sort(([a], [b]) => a - b).map(([weeksAgo, items]) => ({ weeksAgo, items }));
}

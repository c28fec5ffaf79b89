// One 5-level scale for every KPI, process and area (kpi-catalog §7.3), plus the states where no
// level can honestly be given.

export type RatingLevel = 1 | 2 | 3 | 4 | 5;

export const LEVEL_NAMES: Readonly<Record<RatingLevel, string>> = {
  1: 'critical',
  2: 'below typical',
  3: 'typical',
  4: 'top quartile or at target',
  5: 'world-class',
};

export type Rating =
  | { readonly status: 'rated'; readonly level: RatingLevel }
  /** Sample below the KPI's minimum: shown, not rated. */
  | { readonly status: 'insufficient_data' }
  /** No benchmark line and no tenant target: shown as a diagnostic. */
  | { readonly status: 'no_yardstick' }
  /** Nothing happened in the window that the KPI measures. */
  | { readonly status: 'no_data' }
  /** No KPI of the process can be computed from the events Vahti receives. */
  | { readonly status: 'not_measured' };

/** A rated level. */
export const rated = (level: RatingLevel): Rating => ({ status: 'rated', level });

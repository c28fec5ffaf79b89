// The change of one element of a dimension (one team, one contact reason, …) and how much of the
// whole change it explains: the result shape both drill-downs (ratio and additive) produce, so the
// Adtributor selection in explain-dimension.ts works on either.

export interface ElementChange {
  readonly value: string;
  /** Share of the denominator (ratio metrics) or of the amount (additive metrics), baseline and current. */
  readonly baselineWeight: number;
  readonly currentWeight: number;
  /** The element's own rate (ratio metrics), or its amount (additive); null when it has no data in that window. */
  readonly baselineRate: number | null;
  readonly currentRate: number | null;
  /** Part of the whole change due to the element's weight moving (0 for additive metrics). */
  readonly mix: number;
  /** Part of the whole change due to the element's own rate (or amount) moving. */
  readonly rate: number;
  /** mix + rate; the elements' totals add up to the whole change. */
  readonly total: number;
  /** total / whole change (Adtributor's explanatory power); null when the whole did not change. */
  readonly explanatoryPower: number | null;
  /** The explanatory power the element would have if the change were spread evenly (see explain-dimension.ts). */
  readonly evenPower: number;
  /** Adtributor surprise of the element (jensen-shannon.ts). */
  readonly surprise: number;
}

export interface DrillDown {
  readonly kind: 'ratio' | 'additive';
  /** The whole over the rows: the ratio of the sums, or the sum. */
  readonly baseline: number;
  readonly current: number;
  readonly change: number;
  readonly elements: readonly ElementChange[];
}

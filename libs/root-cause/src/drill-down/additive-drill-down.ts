// Drill-down of an additive measure (offers, staffed agent-seconds) over the elements of one
// dimension: the change of the sum is the sum of the elements' changes, so each element's part is
// its own change; there is no mix. An even spread would give each element its baseline share.
import type { DrillDown, ElementChange } from './element-change';
import { shareOf, surpriseTerm } from './jensen-shannon';

export interface AdditiveRow {
  readonly value: string;
  readonly baseline: number;
  readonly current: number;
}

/** Each element's part of the change of the sum; null when both windows sum to 0. */
export function additiveDrillDown(rows: readonly AdditiveRow[]): DrillDown | null {
  let total = 0;
  let total1 = 0;
  for (const row of rows) {
    total += row.baseline;
    total1 += row.current;
  }
  if (!(total > 0) && !(total1 > 0)) {
    return null;
  }
  const change = total1 - total;
  const elements = rows.map((row): ElementChange => {
    const w = shareOf(row.baseline, total);
    const w1 = shareOf(row.current, total1);
    const own = row.current - row.baseline;
    return {
      value: row.value,
      baselineWeight: w,
      currentWeight: w1,
      baselineRate: row.baseline,
      currentRate: row.current,
      mix: 0,
      rate: own,
      total: own,
      explanatoryPower: change === 0 ? null : own / change,
      evenPower: total > 0 ? w : w1,
      surprise: surpriseTerm(w, w1),
    };
  });
  return { kind: 'additive', baseline: total, current: total1, change, elements };
}

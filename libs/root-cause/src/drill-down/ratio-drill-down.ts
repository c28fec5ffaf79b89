// Drill-down of a ratio or mean KPI (x/n proportions, Σ/count means, time shares) over the elements
// of one dimension, separating mix from rate (detection-and-stack §B.3 item 1). With weights
// w = n_i/N and rates p = x_i/n_i, the change of the whole P = Σ w·p splits exactly into
//   ΔP = Σ (w′ − w)·(p − P) + Σ w′·(p′ − p)
//          mix: the element's weight moved   rate: its own rate moved
// The mix term is centred on the baseline whole P (allowed because Σ (w′ − w) = 0): a growing
// element adds to the whole only as much as its rate differs from the average, so a shift
// between two elements is shared between them by what it really did, not by their sizes.
// An element new in the alert window takes its current rate as its baseline (all of it is mix:
// it brought its own rate); one that vanished keeps its baseline rate (all mix too).
// The surprise compares the shares of bad events (RatioPart.bad, else the numerator) and of the
// denominator; the decomposition itself is linear and takes signed numerators as they are.
import type { RatioPart } from '../metrics/node-metric';
import type { DrillDown, ElementChange } from './element-change';
import { shareOf, surpriseTerm } from './jensen-shannon';

export interface RatioRow {
  readonly value: string;
  readonly baseline: RatioPart;
  readonly current: RatioPart;
}

// Bad events of a part, ≥ 0: a negative count cannot be a share of a distribution.
function badOf(part: RatioPart): number {
  const bad = part.bad ?? part.numerator;
  if (!(bad >= 0)) {
    throw new RangeError(`bad events must be ≥ 0, got ${bad} (a signed numerator needs RatioPart.bad)`);
  }
  return bad;
}

/** Mix and rate per element (see the file header); null when either window has no denominator. */
export function ratioDrillDown(rows: readonly RatioRow[]): DrillDown | null {
  let n = 0;
  let x = 0;
  let n1 = 0;
  let x1 = 0;
  let bad = 0;
  let bad1 = 0;
  for (const row of rows) {
    n += row.baseline.denominator;
    x += row.baseline.numerator;
    n1 += row.current.denominator;
    x1 += row.current.numerator;
    bad += badOf(row.baseline);
    bad1 += badOf(row.current);
  }
  if (!(n > 0) || !(n1 > 0)) {
    return null;
  }
  const whole = x / n;
  const whole1 = x1 / n1;
  const change = whole1 - whole;
  // For the even-spread power: Σ w′·p with new elements at the baseline whole.
  let evenRelative = 0;
  for (const row of rows) {
    const rate = row.baseline.denominator > 0 ? row.baseline.numerator / row.baseline.denominator : whole;
    evenRelative += (row.current.denominator / n1) * rate;
  }
  const elements = rows.map((row): ElementChange => {
    const w = row.baseline.denominator / n;
    const w1 = row.current.denominator / n1;
    const own = row.baseline.denominator > 0 ? row.baseline.numerator / row.baseline.denominator : null;
    const own1 = row.current.denominator > 0 ? row.current.numerator / row.current.denominator : null;
    const p = own ?? own1 ?? whole;
    const p1 = own1 ?? p;
    const mix = (w1 - w) * (p - whole);
    const rate = w1 * (p1 - p);
    const relative = evenRelative > 0 ? (w1 * (own ?? whole)) / evenRelative : 0;
    return {
      value: row.value,
      baselineWeight: w,
      currentWeight: w1,
      baselineRate: own,
      currentRate: own1,
      mix,
      rate,
      total: mix + rate,
      explanatoryPower: change === 0 ? null : (mix + rate) / change,
      // The larger of an even absolute change (power = w′) and an even relative one (w′·p / Σ w′·p).
      evenPower: Math.max(w1, relative),
      surprise: surpriseTerm(shareOf(badOf(row.baseline), bad), shareOf(badOf(row.current), bad1)) + surpriseTerm(w, w1),
    };
  });
  return { kind: 'ratio', baseline: whole, current: whole1, change, elements };
}

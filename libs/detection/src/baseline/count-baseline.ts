// The expected count of a slot (offered contacts): the median of the same slot in the reference
// weeks (ThirdEye's `median4w`, detection-and-stack.md §A.1, §A.6.2), with Poisson bounds widened
// by the over-dispersion the weeks show (variance = φ·λ0; φ from 1.4826·MAD, floored at 1, the
// quasi-Poisson form of a negative-binomial spread). Neighbouring slots are not pooled: volume
// follows the intraday curve, so the slot before is not a sample of this one.
import { MAD_TO_SIGMA, median, medianAbsoluteDeviation } from '../stats/robust-statistics';
import type { CountObservation, Observation } from '../observations/observation';
import { byWeek, type BaselineConfig, type ReferenceObservation } from './reference-observation';

export interface CountBaseline {
  readonly kind: 'count';
  /** λ0: median of the weekly counts. */
  readonly expected: number;
  /** φ ≥ 1: variance relative to Poisson. */
  readonly dispersion: number;
  /** λ0 ∓ 3·√(φ·λ0), the band an in-control interval stays in (about 99.7 % two-sided, normal approximation). */
  readonly lower: number;
  readonly upper: number;
  readonly weeksUsed: number;
}

const isCount = (o: Observation): o is CountObservation => o.kind === 'count';

/** The seasonal baseline of a count, or null with fewer than `minWeeks` weeks of the same slot. */
export function countBaseline(references: readonly ReferenceObservation[], config: BaselineConfig): CountBaseline | null {
  const sameSlot = references.filter((r) => (r.slotOffset ?? 0) === 0);
  const counts = byWeek(sameSlot).map(({ items }) => items.filter(isCount).reduce((t, o) => t + o.count, 0));
  if (counts.length < config.minWeeks) {
    return null;
  }
  const expected = median(counts) ?? 0;
  const spread = MAD_TO_SIGMA * (medianAbsoluteDeviation(counts, expected) ?? 0);
  const dispersion = expected > 0 ? Math.min(config.maxDispersion, Math.max(1, spread ** 2 / expected)) : 1;
  const half = 3 * Math.sqrt(dispersion * expected);
  return { kind: 'count', expected, dispersion, lower: Math.max(0, expected - half), upper: expected + half, weeksUsed: counts.length };
}

// The expected bad share of a slot: p0 = Σ bad / Σ trials over the reference weeks' same slot (ratio
// of sums, detection-and-stack.md §A.6.2), after leaving out at most one week that disagrees with the
// others beyond chance (an outage week would otherwise set the norm for a month). Also measures how
// much more the reference intervals scatter than binomial sampling explains (over-dispersion φ, the
// Pearson χ²/df of quasi-binomial models [K]; the Laney p′ chart of §A.4 corrects for the same thing),
// so the shift detector does not read ordinary between-week variation as a shift.
//
// p0 comes from the same slot only: a rate can move with the time of day (service level in the
// opening burst is not that of the quarter after). The neighbouring slots the caller passes feed the
// dispersion, each around its own slot's ratio (a one-way layout: χ² summed over slots, df = Σ
// (weeks − 1)): four weeks of one slot give φ on 3 degrees of freedom, too few to see how much a
// queue's outcomes scatter, while five slots give 15.
import type { Observation, ProportionObservation } from '../observations/observation';
import { byWeek, type BaselineConfig, type ReferenceObservation } from './reference-observation';

export interface ProportionBaseline {
  readonly kind: 'proportion';
  /** Expected bad share. */
  readonly p0: number;
  /** Σ trials behind p0: how well p0 itself is known. */
  readonly referenceTrials: number;
  /** φ ≥ 1: variance of a reference interval relative to the binomial variance. */
  readonly dispersion: number;
  readonly weeksUsed: number;
  /** weeksAgo of the week left out as polluted, or null. */
  readonly droppedWeek: number | null;
}

interface Week {
  readonly weeksAgo: number;
  readonly items: readonly ProportionObservation[];
  readonly bad: number;
  readonly trials: number;
}

const isProportion = (o: Observation): o is ProportionObservation => o.kind === 'proportion';

/** The seasonal baseline of a proportion, or null with fewer than `minWeeks` weeks that have trials. */
export function proportionBaseline(references: readonly ReferenceObservation[], config: BaselineConfig): ProportionBaseline | null {
  const weeks = weeksOf(references.filter((r) => (r.slotOffset ?? 0) === 0));
  if (weeks.length < config.minWeeks) {
    return null;
  }
  const dropped = weeks.length - 1 >= config.minWeeks ? pollutedWeek(weeks, config.pollutedWeekZ) : null;
  const kept = weeks.filter((w) => w.weeksAgo !== dropped);
  const bad = sum(kept, (w) => w.bad);
  const trials = sum(kept, (w) => w.trials);
  const p0 = shareOf(bad, trials);
  return {
    kind: 'proportion',
    p0,
    referenceTrials: trials,
    dispersion: dispersionOf(
      references.filter((r) => r.weeksAgo !== dropped),
      config.maxDispersion,
    ),
    weeksUsed: kept.length,
    droppedWeek: dropped,
  };
}

/** The weeks that have trials, in ascending weeksAgo. */
function weeksOf(references: readonly ReferenceObservation[]): Week[] {
  return byWeek(references)
    .map(({ weeksAgo, items }) => {
      const own = items.filter(isProportion).filter((o) => o.trials > 0);
      return { weeksAgo, items: own, bad: sum(own, (o) => o.bad), trials: sum(own, (o) => o.trials) };
    })
    .filter((w) => w.trials > 0);
}

/** The week most at odds with the pooled rest, if its z exceeds `limit`. */
function pollutedWeek(weeks: readonly Week[], limit: number): number | null {
  const totalBad = sum(weeks, (w) => w.bad);
  const totalTrials = sum(weeks, (w) => w.trials);
  let worst: { weeksAgo: number; z: number } | null = null;
  for (const week of weeks) {
    const restTrials = totalTrials - week.trials;
    const restP = shareOf(totalBad - week.bad, restTrials);
    // The week's count against its expectation under the others' rate, which is itself estimated.
    const variance = week.trials * restP * (1 - restP) * (1 + week.trials / Math.max(restTrials, 1));
    const z = Math.abs(week.bad - week.trials * restP) / Math.sqrt(variance);
    if (worst === null || z > worst.z) {
      worst = { weeksAgo: week.weeksAgo, z };
    }
  }
  return worst !== null && worst.z > limit ? worst.weeksAgo : null;
}

/**
 * Pearson χ² / df of the reference intervals, each slot's intervals around that slot's own ratio
 * (df = Σ over slots of intervals − 1), floored at 1 (never more confident than binomial).
 */
function dispersionOf(references: readonly ReferenceObservation[], cap: number): number {
  const bySlot = new Map<number, ProportionObservation[]>();
  for (const r of references) {
    if (isProportion(r.observation) && r.observation.trials > 0) {
      const slot = r.slotOffset ?? 0;
      bySlot.set(slot, [...(bySlot.get(slot) ?? []), r.observation]);
    }
  }
  let chiSquare = 0;
  let df = 0;
  for (const items of bySlot.values()) {
    if (items.length < 2) {
      continue;
    }
    const p = shareOf(
      sum(items, (o) => o.bad),
      sum(items, (o) => o.trials),
    );
    chiSquare += sum(items, (o) => (o.bad - o.trials * p) ** 2 / (o.trials * p * (1 - p)));
    df += items.length - 1;
  }
  return df === 0 ? 1 : Math.min(cap, Math.max(1, chiSquare / df));
}

/**
 * Ratio of sums; at the edges (no bad outcome at all, or only bad ones) it would be 0 or 1 and a
 * likelihood ratio against it infinite, so half an outcome each way keeps it finite (Jeffreys-style).
 */
function shareOf(bad: number, trials: number): number {
  return bad > 0 && bad < trials ? bad / trials : (bad + 0.5) / (trials + 1);
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}

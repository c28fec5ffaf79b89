// How a slot usually is: the mean of the reference weeks' same slot, as one observation (sums
// divided by the number of weeks), stored with each breach-window entry so a window can be read as
// it usually is at those times of the week (breach/breach-detector.ts: a breach the slot usually
// has is not news). A plain mean of the weeks, not a robust baseline: it only has to say whether a
// breach recurs, and a week that had none of the slot's contacts counts as a quiet week.
import { scaleObservation, sumObservations, type Observation, type ObservationKind } from '../observations/observation';
import type { ReferenceObservation } from './reference-observation';

/** The mean same-slot observation of the reference weeks, or undefined with fewer than `minWeeks` weeks. */
export function usualObservation(
  kind: ObservationKind,
  references: readonly ReferenceObservation[],
  minWeeks: number,
): Observation | undefined {
  const sameSlot = references.filter((r) => (r.slotOffset ?? 0) === 0 && r.observation.kind === kind).map((r) => r.observation);
  const weeks = new Set(references.filter((r) => (r.slotOffset ?? 0) === 0).map((r) => r.weeksAgo)).size;
  if (weeks === 0 || weeks < minWeeks) {
    return undefined;
  }
  const mean = scaleObservation(sumObservations(kind, sameSlot), 1 / weeks);
  // A plan block has the same length every week; the sum keeps the plan but not its length.
  const block = sameSlot.find((o) => o.kind === 'count' && o.expectedIntervals !== undefined);
  return mean.kind === 'count' && block?.kind === 'count' && block.expectedIntervals !== undefined
    ? { ...mean, expectedIntervals: block.expectedIntervals }
    : mean;
}

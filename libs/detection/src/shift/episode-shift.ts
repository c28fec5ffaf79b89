// The relative shift of a whole episode (all intervals since the change point) against what the
// baselines of those intervals expected: the "level" an alarm is about, frozen when it fires and
// used as the alternative of the recovery test. Testing "back on the baseline" against the level
// actually reached, rather than against the small design shift δ, ends a large shift within an
// interval or two of its end, while a small one still needs the evidence a small one needs.
import type { WatchedMetric } from '../observations/watched-metric';
import type { ShiftEpisode } from './shift-detector';

/** The episode's relative shift in the worse direction, or null without sample. */
export function episodeShift(metric: Pick<WatchedMetric, 'worse' | 'proportionValue' | 'shift'>, episode: ShiftEpisode): number | null {
  if (episode.weight <= 0) {
    return null;
  }
  const expected = episode.expectedWeighted / episode.weight;
  const o = episode.observation;
  let ratio: number;
  switch (o.kind) {
    case 'proportion': {
      if (o.trials <= 0) {
        return null;
      }
      const expectedBad = metric.proportionValue === 'good_share' ? 1 - expected : expected;
      ratio = o.bad / o.trials / expectedBad;
      break;
    }
    case 'mean': {
      if (o.count <= 0) {
        return null;
      }
      const offset = metric.shift?.logOffset ?? 0;
      const up = (o.sum / o.count + offset) / (expected + offset);
      ratio = metric.worse === 'higher' ? up : 1 / up;
      break;
    }
    case 'count': {
      const up = o.count / episode.intervals / expected;
      ratio = metric.worse === 'higher' ? up : 1 / up;
      break;
    }
  }
  return Number.isFinite(ratio) ? ratio - 1 : null;
}

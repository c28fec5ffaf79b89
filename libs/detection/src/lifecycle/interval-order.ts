// Monitors are stepped once per closed interval, in order. A redelivered or late message must not
// corrupt the state: an interval at or before the last one evaluated is ignored (state returned
// unchanged, no signals). Re-applying it would count its evidence twice in the CUSUM, and rewinding
// would need history the state does not keep. A late correction of an interval's counters is
// therefore not seen by the detectors; it is seen by the next baselines, which read history afresh.
import { INTERVAL_MS } from '@vahti/kpi';

export type StepOutcome = 'evaluated' | 'ignored_duplicate' | 'ignored_out_of_order';

/** Whether an interval may be evaluated after `last`; throws for a start that is not on the 15-minute grid. */
export function intervalOrder(last: number | null, at: number): StepOutcome {
  if (!Number.isFinite(at) || at % INTERVAL_MS !== 0) {
    throw new RangeError(`interval start ${at} is not the start of a ${INTERVAL_MS / 60_000}-minute interval`);
  }
  if (last === null || at > last) {
    return 'evaluated';
  }
  return at === last ? 'ignored_duplicate' : 'ignored_out_of_order';
}

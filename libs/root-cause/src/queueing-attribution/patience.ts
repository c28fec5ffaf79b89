// Mean caller patience for Erlang A (θ = 1/patience), estimated as kpi-catalog K04 gives it: the
// waits of all contacts, answered and abandoned, over the number of abandons, the estimator for
// exponential patience [K] (an answered contact's wait is a patience that lasted at least that
// long). Patience is the customers' trait, not a factor of the attribution, so both windows are
// pooled and the same value serves every counterfactual.
import type { KpiCounters } from '@vahti/kpi';
import type { WindowPair } from '../input/root-cause-input';
import { requireKpi } from '../metrics/kpi-value';

/** Fewest abandons for a patience estimate: the minimum sample of average time to abandon (K04). */
export const MIN_ABANDONS = requireKpi('average_time_to_abandon').minSample;

/** Mean patience in seconds from both windows, or null (model with Erlang C) below MIN_ABANDONS abandons. */
export function meanPatienceOf(counters: WindowPair<Readonly<KpiCounters>>): number | null {
  const { baseline: b, current: c } = counters;
  const abandons = b.abandoned + c.abandoned;
  const waits = b.answerWaitSeconds + b.abandonWaitSeconds + c.answerWaitSeconds + c.abandonWaitSeconds;
  return abandons >= MIN_ABANDONS && waits > 0 ? waits / abandons : null;
}

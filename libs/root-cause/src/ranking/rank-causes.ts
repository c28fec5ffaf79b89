// The entry point: ranked root-cause candidates for one degraded KPI of one series. Service level,
// ASA and abandonment go through the Erlang attribution (queueing-drafts.ts); every other KPI, and
// a queueing KPI whose model cannot be evaluated or explains none of the change, is localised by
// its own drill-down (own-drafts.ts); in every case the graph's other upstream drivers with a significant change in
// the KPI's direction are added unquantified (upstream-drafts.ts), and so are unmeasured drivers whose
// other effects moved with the KPI (latent-drafts.ts). docs/root-cause.md describes
// the method with its formulas. Offered volume itself (no KPI) is split into its components
// (volume-drafts.ts).
import type { RootCauseInput } from '../input/root-cause-input';
import { analysisContext } from './analysis-context';
import type { Candidate } from './candidate';
import { MIN_CONTRIBUTION, orderCandidates } from './order-candidates';
import { ownDrafts } from './own-drafts';
import { QUEUEING_COVERED, queueingDrafts } from './queueing-drafts';
import { latentDrafts } from './latent-drafts';
import { upstreamDrafts } from './upstream-drafts';
import { OFFERED_VOLUME, volumeDrafts } from './volume-drafts';

/** At most five candidates, best first; empty when the KPI is outside the graph or has no value in a window. */
export function rankCauses(input: RootCauseInput): Candidate[] {
  if (input.kpi === OFFERED_VOLUME) {
    return orderCandidates(volumeDrafts(input));
  }
  const ctx = analysisContext(input);
  if (ctx === null) {
    return [];
  }
  const queueing = queueingDrafts(ctx);
  const explains = queueing?.some((d) => (d.contribution ?? 0) >= MIN_CONTRIBUTION) ?? false;
  const drafts = explains && queueing !== null ? queueing : [...(queueing ?? []), ...ownDrafts(ctx)];
  const skip = new Set(queueing === null ? [ctx.node.id] : [ctx.node.id, ...QUEUEING_COVERED]);
  return orderCandidates([...drafts, ...upstreamDrafts(ctx, skip), ...latentDrafts(ctx)]);
}

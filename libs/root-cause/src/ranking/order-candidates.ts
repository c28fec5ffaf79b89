// The final order: quantified candidates that explain at least T_EEP = 0.1 of the change first (the
// element threshold of Adtributor, detection-and-stack §B.1), by contribution; then drivers whose
// direction is known but not their size, by their relative change; then quantified ones between
// 0.05 and 0.1. Smaller or opposite contributions (drivers that worked against the change) are
// dropped. A last-resort draft (the degraded KPI itself, not localised) comes after all of them. Ties go by the graph's diagnostic order (kpi-catalog §5.3), then dimension, then element,
// so the same input always gives the same list. At most five, as detection-and-stack §B.3 item 3.
import { nodeOrder } from '../graph/causal-graph';
import { BREAKDOWN_DIMENSIONS } from '../input/root-cause-input';
import type { Candidate, CandidateDraft } from './candidate';

export const MAX_CANDIDATES = 5;
export const STRONG_CONTRIBUTION = 0.1;
export const MIN_CONTRIBUTION = 0.05;

/** Ranked candidates, best first, at most MAX_CANDIDATES, one per factor × dimension × element. */
export function orderCandidates(drafts: readonly CandidateDraft[]): Candidate[] {
  const kept = drafts.filter((d) => tierOf(d) !== null);
  kept.sort(compareDrafts);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const draft of kept) {
    const key = `${draft.factor}|${draft.dimension ?? ''}|${draft.value ?? ''}`;
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    const { lastResort: _lastResort, ...candidate } = draft;
    out.push({ rank: out.length + 1, ...candidate });
    if (out.length === MAX_CANDIDATES) {
      break;
    }
  }
  return out;
}

function tierOf(d: CandidateDraft): number | null {
  if (d.lastResort === true) {
    return 3;
  }
  if (d.contribution === null) {
    return 1;
  }
  return d.contribution >= STRONG_CONTRIBUTION ? 0 : d.contribution >= MIN_CONTRIBUTION ? 2 : null;
}

function strength(d: CandidateDraft): number {
  const relative = d.evidence.relativeChange;
  return d.contribution ?? (typeof relative === 'number' ? Math.abs(relative) : 0);
}

function compareDrafts(a: CandidateDraft, b: CandidateDraft): number {
  return (
    (tierOf(a) ?? 4) - (tierOf(b) ?? 4) ||
    strength(b) - strength(a) ||
    nodeOrder(a.factor) - nodeOrder(b.factor) ||
    dimensionOrder(a) - dimensionOrder(b) ||
    compareText(a.value ?? '', b.value ?? '')
  );
}

function dimensionOrder(d: CandidateDraft): number {
  return d.dimension === undefined ? -1 : BREAKDOWN_DIMENSIONS.indexOf(d.dimension);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// A root-cause candidate as the alerting lib renders it. `rank`, `summary`, `contribution` and
// `evidence` are the fields the alert payload carries (detection-and-stack §C.4
// rootCauseCandidates); the rest says what and where the cause is.
import type { NodeId } from '../graph/graph-nodes';
import type { BreakdownDimension } from '../input/root-cause-input';

export interface Candidate {
  /** 1 = most likely. */
  readonly rank: number;
  /** The graph node of the cause: a driver, or the degraded KPI's own node when it is localised. */
  readonly factor: NodeId;
  readonly dimension?: BreakdownDimension;
  /** The element, e.g. 'billing'. */
  readonly value?: string;
  /** `driver`: the factor as a whole; `rate`: the element's own rate moved; `mix`: the element's weight moved. */
  readonly effect: 'driver' | 'rate' | 'mix';
  /** Signed share of the KPI's change this explains (0–1 typically); null when only the direction is known. */
  readonly contribution: number | null;
  /** One plain-language sentence with the numbers. */
  readonly summary: string;
  readonly evidence: Readonly<Record<string, number | string>>;
}

/** A candidate before ranking; `lastResort` drafts are listed only after every other one. */
export type CandidateDraft = Omit<Candidate, 'rank'> & { readonly lastResort?: boolean };

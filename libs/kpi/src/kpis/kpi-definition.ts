// A KPI is data plus one pure function: what it measures, how it is read, and its formula over the
// merged counters of a window. Benchmarks are not here: they are data in a benchmark pack. The
// default target is here: it is a convention about the KPI itself, used when a tenant sets none.
import type { Channel } from '@vahti/contracts';
import type { Evidence } from '../benchmarks/benchmark-pack';
import type { Aggregate } from '../counters/aggregate';
import type { KpiCounters } from '../counters/kpi-counters';
import { meanInterval } from '../stats/mean-interval';
import { wilsonInterval } from '../stats/wilson-interval';

export type Better = 'higher' | 'lower' | 'band';
export type KpiUnit = 'ratio' | 'seconds' | 'points' | 'contacts';

export interface KpiValue {
  readonly value: number;
  /** For proportions: successes and trials (the Wilson interval is computed from them). */
  readonly numerator: number;
  readonly denominator: number;
  /** 95 % confidence interval of the value, where one can be computed from the counters. */
  readonly ci?: readonly [number, number];
}

/** What a KPI reads: the merged aggregate of its scope, and the per-agent and per-team counters for spreads. */
export interface KpiInput {
  readonly total: Aggregate;
  readonly agents: readonly KpiCounters[];
  readonly teams: readonly KpiCounters[];
}

/**
 * What a KPI is rated against when the tenant sets nothing: a published convention with its source.
 * Lines as in a benchmark entry: meeting `target` is level 4, worse than `critical` is level 1; for
 * band KPIs `band` is the planned range and `critical` / `criticalLow` its outer edges.
 */
export interface DefaultTarget {
  readonly target?: number;
  readonly critical?: number;
  readonly criticalLow?: number;
  readonly band?: { readonly low: number; readonly high: number };
  /** Band KPIs planned per window: the band is the planned value ± `tolerance` (a share of it), critical beyond ± `critical`. */
  readonly aroundPlan?: { readonly tolerance: number; readonly critical: number };
  /** Channels the convention was stated for; absent = every channel. */
  readonly channels?: readonly Channel[];
  readonly evidence: Evidence;
  readonly source: string;
}

export interface KpiDefinition {
  /** Stable id, used in the API and as the Prometheus `kpi` label. */
  readonly id: string;
  /** Entry in ../shared/reference/kpi-catalog.md §4 (K01…). */
  readonly ref: string;
  readonly name: string;
  readonly formula: string;
  readonly unit: KpiUnit;
  readonly better: Better;
  /** Whether the value is a proportion of independent trials (gets a Wilson interval). */
  readonly proportion: boolean;
  /** Below this sample size the KPI is shown as "insufficient data". */
  readonly minSample: number;
  /** What the sample counts, for sentences ("812 answered or abandoned contacts"). */
  readonly sampleNoun: string;
  /** The target when the tenant sets none; null where no convention exists (the reason is given next to it). */
  readonly defaultTarget: DefaultTarget | null;
  /** The best value the KPI can take, where the unit does not say it (see rating/ladder.ts). */
  readonly ideal?: number;
  /** For KPIs rated around a plan: the planned value of the window, or null when there is none. */
  readonly planned?: (input: KpiInput) => number | null;
  /** The value, or null when there is nothing to measure in the window. */
  readonly compute: (input: KpiInput) => KpiValue | null;
}

/** A ratio KPI value, or null when the denominator is zero. */
export function ratio(numerator: number, denominator: number): KpiValue | null {
  return denominator > 0 ? { value: numerator / denominator, numerator, denominator } : null;
}

/** A proportion with its Wilson interval, or null when there are no trials. */
export function proportion(successes: number, trials: number): KpiValue | null {
  if (trials <= 0) {
    return null;
  }
  const ci = wilsonInterval(successes, trials);
  return { value: successes / trials, numerator: successes, denominator: trials, ...(ci !== null && { ci }) };
}

/** A mean with its normal-approximation interval from Σx and Σx². */
export function meanWithInterval(sum: number, squares: number, count: number): KpiValue | null {
  const ci = meanInterval(sum, squares, count);
  return count > 0 ? { value: sum / count, numerator: sum, denominator: count, ...(ci !== null && { ci }) } : null;
}

/** A mean (sum / count) KPI value, or null when there are no observations. */
export function mean(sum: number, count: number): KpiValue | null {
  return count > 0 ? { value: sum / count, numerator: sum, denominator: count } : null;
}

/** Handle time: talk + hold + after-contact work (kpi-catalog K14), of counters or of one contact.ended. */
export function handleSeconds(c: { readonly talkSeconds: number; readonly holdSeconds: number; readonly wrapUpSeconds: number }): number {
  return c.talkSeconds + c.holdSeconds + c.wrapUpSeconds;
}

/** Waits that ended in an answer or a counted abandon (short abandons excluded, kpi-catalog K01 formula 5). */
export function countedOutcomes(c: Readonly<KpiCounters>): number {
  return c.answered + c.abandoned - c.shortAbandoned;
}

// One KPI in one window: value, interval, rating and sentence, as structured data.
import type { KpiDefinition, KpiInput } from '../kpis/kpi-definition';
import { describeKpi } from '../rating/describe-kpi';
import { rateKpi } from '../rating/rate-kpi';
import type { Rating } from '../rating/rating-scale';
import type { Yardstick } from '../rating/yardstick';

/** The sentence of a result evaluated without one. */
export function sentenceOf(kpi: KpiDefinition, result: KpiResult): string {
  const value =
    result.value === null
      ? null
      : { value: result.value, numerator: 0, denominator: result.sample, ...(result.ci !== null && { ci: result.ci }) };
  return describeKpi(kpi, value, result.rating, result.yardstick, result.previous);
}

export interface KpiResult {
  readonly kpi: string;
  readonly name: string;
  readonly unit: KpiDefinition['unit'];
  readonly better: KpiDefinition['better'];
  readonly value: number | null;
  readonly ci: readonly [number, number] | null;
  /** The sample the minimum applies to, in `sampleNoun`. */
  readonly sample: number;
  readonly sampleNoun: string;
  readonly previous: number | null;
  readonly rating: Rating;
  readonly yardstick: Yardstick;
  readonly sentence: string;
}

/**
 * Evaluates `kpi` on `input`, against `yardstick`, compared with the previous window's input.
 * `withSentence: false` skips the text (hot paths render it only for values they publish).
 */
export function evaluateKpi(
  kpi: KpiDefinition,
  input: KpiInput,
  yardstick: Yardstick,
  previousInput: KpiInput | null,
  withSentence = true,
): KpiResult {
  const value = kpi.compute(input);
  const previous = previousInput === null ? null : (kpi.compute(previousInput)?.value ?? null);
  const rating = rateKpi(kpi, value, yardstick);
  return {
    kpi: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    better: kpi.better,
    value: value?.value ?? null,
    ci: value?.ci ?? null,
    sample: value?.denominator ?? 0,
    sampleNoun: kpi.sampleNoun,
    previous,
    rating,
    yardstick,
    sentence: withSentence ? describeKpi(kpi, value, rating, yardstick, previous) : '',
  };
}

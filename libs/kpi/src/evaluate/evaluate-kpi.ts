// One KPI in one window: value, interval, rating, gap, direction and sentence, as structured data.
import type { KpiDefinition, KpiInput } from '../kpis/kpi-definition';
import { assessKpi, type Direction, type Gap } from '../rating/assess-kpi';
import { describeKpi } from '../rating/describe-kpi';
import type { Ladder } from '../rating/ladder';
import type { Rating } from '../rating/rating-scale';
import type { Yardstick } from '../rating/yardstick';
import { plannedYardstick } from './planned-yardstick';

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
  /** The four level lines of a directional KPI, derived ones marked (rating/ladder.ts). */
  readonly ladder: Ladder | null;
  readonly gap: Gap | null;
  readonly direction: Direction | null;
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
  const lines = plannedYardstick(kpi, yardstick, input);
  const assessment = assessKpi(kpi, value, lines, previous);
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
    rating: assessment.rating,
    yardstick: lines,
    ladder: assessment.ladder,
    gap: assessment.gap,
    direction: assessment.direction,
    sentence: withSentence ? describeKpi(kpi, value, lines, assessment) : '',
  };
}

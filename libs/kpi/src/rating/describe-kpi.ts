// The plain-language sentence beside each rated value: value, yardstick, gap and recent direction.
// Rendered from the structured assessment (assess-kpi.ts), so verdict and text are tested apart.
import type { KpiDefinition, KpiValue } from '../kpis/kpi-definition';
import type { Direction, Gap, KpiAssessment } from './assess-kpi';
import { formatDifference, formatValue } from './format-value';
import type { LineName } from './ladder';
import { LEVEL_NAMES, type Rating } from './rating-scale';
import type { Yardstick } from './yardstick';

type Described = Pick<KpiDefinition, 'name' | 'unit' | 'better' | 'sampleNoun'>;

const EVIDENCE_WORDS: Readonly<Record<string, string>> = {
  measured: 'measured',
  measured_secondary: 'measured, quoted second-hand',
  rule_of_thumb: 'a convention',
  synthesis: 'our synthesis',
  licensed: 'licensed benchmark',
};

const LINE_WORDS: Readonly<Record<LineName | 'band', string>> = {
  critical: 'the critical line',
  floor: 'the floor',
  median: 'typical',
  topQuartile: 'the top quartile',
  target: 'the target',
  worldClass: 'world-class',
  band: 'the planned range',
};

/** One sentence describing a KPI value against its yardstick and its previous value. */
export function describeKpi(kpi: Described, value: KpiValue | null, yardstick: Yardstick, assessment: KpiAssessment): string {
  if (value === null) {
    return `${kpi.name}: no data in this window.`;
  }
  const fmt = (v: number): string => formatValue(kpi.unit, v);
  const ci = value.ci !== undefined ? `, 95 % CI ${fmt(value.ci[0])}–${fmt(value.ci[1])}` : '';
  const parts = [`${kpi.name} is ${fmt(value.value)} (n = ${Math.round(value.denominator)} ${kpi.sampleNoun}${ci})`];
  const reference = referenceLine(kpi, yardstick);
  if (reference !== null) {
    parts.push(reference);
  }
  if (assessment.gap !== null) {
    parts.push(gapWords(kpi, assessment.gap));
  }
  parts.push(directionWords(kpi, assessment.direction));
  return `${parts.join('; ')}. ${verdictWords(assessment.rating)}`;
}

/** "7.7 pp worse than the target", "40 s above the planned range", "2 pp better than world-class (80 %, derived)". */
export function gapWords(kpi: Pick<KpiDefinition, 'unit'>, gap: Gap): string {
  const line = LINE_WORDS[gap.line];
  const derived = gap.derived ? ` (${formatValue(kpi.unit, gap.lineValue)}, derived)` : '';
  switch (gap.side) {
    case 'inside':
      return `inside ${line}`;
    case 'on':
      return `at ${line}${derived}`;
    case 'above':
    case 'below':
      return `${formatDifference(kpi.unit, gap.size)} ${gap.side} ${line}`;
    case 'better':
    case 'worse':
      return `${formatDifference(kpi.unit, gap.size)} ${gap.side} than ${line}${derived}`;
  }
}

/** "down 2.1 pp from the previous window, worsening", or that there is nothing to compare. */
export function directionWords(kpi: Pick<KpiDefinition, 'unit'>, direction: Direction | null): string {
  if (direction === null) {
    return 'no earlier value to compare';
  }
  if (direction.change === 0) {
    return 'unchanged from the previous window';
  }
  const trend = direction.improving === null ? '' : direction.improving ? ', improving' : ', worsening';
  return `${direction.change > 0 ? 'up' : 'down'} ${formatDifference(kpi.unit, direction.change)} from the previous window${trend}`;
}

function referenceLine(kpi: Pick<KpiDefinition, 'unit' | 'better'>, y: Yardstick): string | null {
  const fmt = (x: number): string => formatValue(kpi.unit, x);
  const packCite =
    y.benchmark !== undefined
      ? ` (${y.benchmark.source}${y.benchmark.year !== undefined ? `, ${y.benchmark.year}` : ''}; ${EVIDENCE_WORDS[y.benchmark.evidence] ?? y.benchmark.evidence})`
      : '';
  const defaultCite =
    y.convention !== undefined ? ` (default: ${y.convention.source}; ${EVIDENCE_WORDS[y.convention.evidence] ?? ''})` : '';
  if (kpi.better === 'band') {
    if (y.band === undefined) {
      const why = y.aroundPlan !== undefined ? 'no planned range set and no forecast AHT in the window' : 'no planned range set';
      return `${y.median !== undefined ? `typical level ${fmt(y.median)}${packCite}; ` : ''}${why}, so not rated`;
    }
    const plan = y.planned !== undefined ? ` around the plan ${fmt(y.planned)}` : '';
    const cite = y.bandFrom === 'pack' ? packCite : y.bandFrom === 'default' || y.bandFrom === 'plan' ? defaultCite : " (the tenant's own)";
    return `planned range ${fmt(y.band.low)}–${fmt(y.band.high)}${plan}${cite}`;
  }
  const lines: string[] = [];
  if (y.target !== undefined) {
    lines.push(`target ${fmt(y.target)}${y.targetFrom === 'default' ? defaultCite : " (the tenant's own)"}`);
  }
  if (y.floor !== undefined) {
    lines.push(`floor ${fmt(y.floor)}`);
  }
  const packLines = [
    ...(y.median !== undefined ? [`typical ${fmt(y.median)}`] : []),
    ...(y.topQuartile !== undefined ? [`top quartile ${fmt(y.topQuartile)}`] : []),
    ...(y.worldClass !== undefined ? [`world-class ${fmt(y.worldClass)}`] : []),
  ];
  if (packLines.length > 0) {
    lines.push(`${packLines.join(', ')}${packCite}`);
  }
  return lines.length === 0 ? null : `against ${lines.join(', ')}`;
}

/** "Rating 2 of 5: below typical.", or why there is none. */
export function verdictWords(rating: Rating): string {
  switch (rating.status) {
    case 'rated':
      return `Rating ${rating.level} of 5: ${LEVEL_NAMES[rating.level]}.`;
    case 'insufficient_data':
      return 'Not rated: the sample is below the minimum.';
    case 'no_yardstick':
      return 'Not rated: no benchmark or target to compare with.';
    case 'no_data':
      return 'Not rated: no data.';
    case 'not_measured':
      return 'Not measured.';
  }
}

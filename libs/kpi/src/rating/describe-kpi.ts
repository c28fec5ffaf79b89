// The plain-language sentence beside each rated value: value, yardstick, gap and recent direction.
// Kept apart from the verdict (rate-kpi.ts) so both are tested on their own.
import type { KpiDefinition, KpiValue } from '../kpis/kpi-definition';
import { formatDifference, formatValue } from './format-value';
import { LEVEL_NAMES, type Rating } from './rating-scale';
import type { Yardstick } from './yardstick';

const EVIDENCE_WORDS: Readonly<Record<string, string>> = {
  measured: 'measured',
  measured_secondary: 'measured, quoted second-hand',
  rule_of_thumb: 'a convention',
  synthesis: 'our synthesis',
  licensed: 'licensed benchmark',
};

/** One sentence describing a KPI value against its yardstick and its previous value. */
export function describeKpi(
  kpi: Pick<KpiDefinition, 'name' | 'unit' | 'better' | 'sampleNoun'>,
  value: KpiValue | null,
  rating: Rating,
  yardstick: Yardstick,
  previous: number | null,
): string {
  if (value === null) {
    return `${kpi.name}: no data in this window.`;
  }
  const fmt = (v: number): string => formatValue(kpi.unit, v);
  const ci = value.ci !== undefined ? `, 95 % CI ${fmt(value.ci[0])}–${fmt(value.ci[1])}` : '';
  const parts = [`${kpi.name} is ${fmt(value.value)} (n = ${Math.round(value.denominator)} ${kpi.sampleNoun}${ci})`];
  const reference = referenceLine(kpi, value.value, yardstick);
  if (reference !== null) {
    parts.push(reference);
  }
  parts.push(direction(kpi, value.value, previous));
  return `${parts.join('; ')}. ${verdict(rating)}`;
}

function referenceLine(kpi: Pick<KpiDefinition, 'unit' | 'better'>, v: number, y: Yardstick): string | null {
  const fmt = (x: number): string => formatValue(kpi.unit, x);
  const cite =
    y.benchmark !== undefined
      ? ` (${y.benchmark.source}${y.benchmark.year !== undefined ? `, ${y.benchmark.year}` : ''}; ${EVIDENCE_WORDS[y.benchmark.evidence] ?? y.benchmark.evidence})`
      : '';
  if (kpi.better === 'band') {
    if (y.band === undefined) {
      return y.median !== undefined ? `typical level ${fmt(y.median)}${cite}; no planned range set, so not rated` : null;
    }
    const inside = v >= y.band.low && v <= y.band.high;
    const gap = inside
      ? 'inside it'
      : `${formatDifference(kpi.unit, v > y.band.high ? v - y.band.high : y.band.low - v)} ${v > y.band.high ? 'above' : 'below'} it`;
    return `planned range ${fmt(y.band.low)}–${fmt(y.band.high)}${cite}, ${gap}`;
  }
  const lines: string[] = [];
  if (y.target !== undefined) {
    lines.push(`target ${fmt(y.target)} (${gapWords(kpi, v, y.target)})`);
  }
  if (y.median !== undefined) {
    lines.push(`typical ${fmt(y.median)}`);
  }
  if (y.topQuartile !== undefined) {
    lines.push(`top quartile ${fmt(y.topQuartile)}`);
  }
  if (y.worldClass !== undefined) {
    lines.push(`world-class ${fmt(y.worldClass)}`);
  }
  if (lines.length === 0) {
    return null;
  }
  return `against ${lines.join(', ')}${y.median !== undefined || y.topQuartile !== undefined || y.worldClass !== undefined ? cite : ''}`;
}

function gapWords(kpi: Pick<KpiDefinition, 'unit' | 'better'>, v: number, line: number): string {
  if (v === line) {
    return 'on target';
  }
  const better = kpi.better === 'higher' ? v > line : v < line;
  return `${formatDifference(kpi.unit, v - line)} ${better ? 'better' : 'worse'}`;
}

function direction(kpi: Pick<KpiDefinition, 'unit' | 'better'>, v: number, previous: number | null): string {
  if (previous === null) {
    return 'no earlier value to compare';
  }
  if (v === previous) {
    return 'unchanged from the previous window';
  }
  const verb = v > previous ? 'up' : 'down';
  const improving = kpi.better === 'band' ? '' : (kpi.better === 'higher') === v > previous ? ', improving' : ', worsening';
  return `${verb} ${formatDifference(kpi.unit, v - previous)} from the previous window${improving}`;
}

function verdict(rating: Rating): string {
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

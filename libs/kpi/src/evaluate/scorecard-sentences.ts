// Sentences of the scorecard, rendered from its structured results: the level, what decided it (the
// deciding KPI's value, yardstick line and gap), and the direction against the previous window.
import { directionWords, gapWords } from '../rating/describe-kpi';
import { formatValue } from '../rating/format-value';
import type { RollUp } from '../rating/rate-process';
import { LEVEL_NAMES, type Rating } from '../rating/rating-scale';
import type { KpiResult } from './evaluate-kpi';

interface ProcessFacts extends RollUp {
  readonly name: string;
  readonly kpis: readonly KpiResult[];
  readonly previous: Rating | null;
}

interface AreaFacts extends RollUp {
  readonly name: string;
  readonly processes: ReadonlyArray<ProcessFacts & { readonly id: string }>;
  readonly previous: Rating | null;
  readonly weakest: string | null;
}

/** "B1 …: 2 of 5, below typical (down from 3 in the previous window). <deciding KPI's sentence>" */
export function processSentence(p: ProcessFacts): string {
  const deciding = p.kpis.find((k) => k.kpi === p.decidedBy);
  const cap = p.capped ? ', held at 2 because another of its KPIs is critical' : '';
  const head = `${p.name}: ${ratingWords(p.rating)}${levelChange(p.rating, p.previous)}${cap}`;
  return deciding === undefined ? `${head}.` : `${head}. ${deciding.sentence}`;
}

/** "A …: 3 of 5, typical (median of 2 rated of 4 processes; unchanged). Weakest: A3 … at 2 of 5, decided by …" */
export function areaSentence(a: AreaFacts): string {
  const rated = a.processes.filter((p) => p.rating.status === 'rated').length;
  const cap = a.capped ? ', held at 2 because a process is critical' : '';
  const head = `${a.name}: ${ratingWords(a.rating)} (median of ${rated} rated of ${a.processes.length} processes${cap}${levelChange(a.rating, a.previous, '; ')})`;
  const weakest = a.processes.find((p) => p.id === a.weakest);
  if (weakest === undefined) {
    return `${head}.`;
  }
  const deciding = weakest.kpis.find((k) => k.kpi === weakest.decidedBy);
  return `${head}. ${rated > 1 ? 'Weakest' : 'Rated from'}: ${weakest.id} ${weakest.name} at ${ratingWords(weakest.rating)}${deciding === undefined ? '' : `, decided by ${kpiGist(deciding)}`}.`;
}

// "service level 71 %, 9 pp worse than the target, down 3 pp from the previous window"
function kpiGist(k: KpiResult): string {
  if (k.value === null) {
    return k.name;
  }
  const parts = [`${k.name} ${formatValue(k.unit, k.value)}`];
  if (k.gap !== null) {
    parts.push(gapWords(k, k.gap));
  }
  parts.push(directionWords(k, k.direction));
  return parts.join(', ');
}

function levelChange(now: Rating, previous: Rating | null, separator = ' ('): string {
  const close = separator === ' (' ? ')' : '';
  if (now.status !== 'rated' || previous === null) {
    return '';
  }
  if (previous.status !== 'rated') {
    return `${separator}not rated in the previous window${close}`;
  }
  if (previous.level === now.level) {
    return `${separator}unchanged from the previous window${close}`;
  }
  return `${separator}${now.level > previous.level ? 'up' : 'down'} from ${previous.level} in the previous window${close}`;
}

function ratingWords(rating: Rating): string {
  switch (rating.status) {
    case 'rated':
      return `${rating.level} of 5, ${LEVEL_NAMES[rating.level]}`;
    case 'insufficient_data':
      return 'not rated, sample too small';
    case 'no_yardstick':
      return 'not rated, no yardstick';
    case 'no_data':
      return 'no data in this window';
    case 'not_measured':
      return 'not measured from events yet';
  }
}

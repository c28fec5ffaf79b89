// Roll-ups on the same scale. A process takes its primary KPI's level (the first rated KPI when the
// primary cannot be rated). kpi-catalog §7.3 proposes capping it "by any diagnostic KPI at level 1";
// we deliberately cap at 2 instead: a critical diagnostic (time to abandon, p90 wait, a derived
// critical line on a thin sample) keeps the process from reading typical or better, but only the
// deciding (primary) KPI can make it critical, so one secondary KPI never condemns a process.
// An area takes the median of its rated processes, capped at 2 when any process is critical (ours, [S]).
import { rated, type Rating, type RatingLevel } from './rating-scale';

export interface RatedKpi {
  readonly kpi: string;
  readonly rating: Rating;
}

export interface RollUp {
  readonly rating: Rating;
  /** The KPI (for a process) whose level was taken, if any. */
  readonly decidedBy?: string;
  /** True when a critical KPI or process held the level down. */
  readonly capped: boolean;
}

/** Rates a process from its KPI ratings, primary first. */
export function rateProcess(kpis: readonly RatedKpi[]): RollUp {
  if (kpis.length === 0) {
    return { rating: { status: 'not_measured' }, capped: false };
  }
  const deciding = kpis.find((k) => k.rating.status === 'rated');
  if (deciding === undefined || deciding.rating.status !== 'rated') {
    const anyData = kpis.some((k) => k.rating.status === 'insufficient_data');
    return { rating: { status: anyData ? 'insufficient_data' : 'no_data' }, capped: false };
  }
  return capAt2(
    deciding.rating.level,
    kpis.map((k) => k.rating),
    deciding.kpi,
  );
}

/** Rates an area from its process ratings. */
export function rateArea(processes: readonly Rating[]): RollUp {
  const levels = processes.flatMap((r) => (r.status === 'rated' ? [r.level] : [])).sort((a, b) => a - b);
  if (levels.length === 0) {
    const measured = processes.some((r) => r.status !== 'not_measured');
    return { rating: { status: measured ? 'insufficient_data' : 'not_measured' }, capped: false };
  }
  const median = levels[Math.floor((levels.length - 1) / 2)] as RatingLevel;
  return capAt2(median, processes);
}

function capAt2(level: RatingLevel, parts: readonly Rating[], decidedBy?: string): RollUp {
  const critical = parts.some((r) => r.status === 'rated' && r.level === 1);
  const capped = critical && level > 2;
  return { rating: rated(capped ? 2 : level), capped, ...(decidedBy !== undefined && { decidedBy }) };
}

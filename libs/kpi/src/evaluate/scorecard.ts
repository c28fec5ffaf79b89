// The 8×4 scorecard of a tenant for a window: every process rated from its KPIs (over the
// channels it covers), every area from its processes.
import { kpiDefinition } from '../kpis/kpi-catalog';
import type { KpiInput } from '../kpis/kpi-definition';
import { PROCESS_MODEL } from '../model/process-model';
import { rateArea, rateProcess, type RollUp } from '../rating/rate-process';
import { LEVEL_NAMES, type Rating } from '../rating/rating-scale';
import type { Yardstick } from '../rating/yardstick';
import { evaluateKpi, type KpiResult } from './evaluate-kpi';
import { dominantChannel, kpiInputOf, type ScopeRow } from './kpi-input';

/** The yardstick of a KPI for a channel (undefined = the tenant's dominant channel is unknown). */
export type YardstickFor = (kpi: string, channel: string | undefined) => Yardstick;

export interface ProcessScore extends RollUp {
  readonly id: string;
  readonly name: string;
  readonly channels: readonly string[] | null;
  readonly kpis: readonly KpiResult[];
  readonly needs: string | null;
  readonly sentence: string;
}

export interface AreaScore extends RollUp {
  readonly id: string;
  readonly name: string;
  readonly processes: readonly ProcessScore[];
  readonly sentence: string;
}

/** Builds the scorecard from the rows of the window and (for direction) of the previous window. */
export function buildScorecard(
  rows: readonly ScopeRow[],
  previousRows: readonly ScopeRow[] | null,
  yardstickFor: YardstickFor,
): AreaScore[] {
  const mainChannel = dominantChannel(rows);
  // Processes share a handful of channel sets: merge the rows once per set, not once per process.
  const inputs = new Map<string, KpiInput>();
  const inputOf = (from: readonly ScopeRow[], channels: readonly string[] | undefined, tag: string): KpiInput => {
    const key = `${tag}/${channels?.join(',') ?? '*'}`;
    let input = inputs.get(key);
    if (input === undefined) {
      input = kpiInputOf(from, channels);
      inputs.set(key, input);
    }
    return input;
  };
  return PROCESS_MODEL.map((area) => {
    const processes = area.processes.map((process): ProcessScore => {
      const channels = process.channels ?? undefined;
      const input = inputOf(rows, channels, 'current');
      const previous = previousRows === null ? null : inputOf(previousRows, channels, 'previous');
      const channelForBenchmarks = channels?.[0] ?? mainChannel;
      const kpis = process.kpis.flatMap((id) => {
        const definition = kpiDefinition(id);
        return definition === undefined ? [] : [evaluateKpi(definition, input, yardstickFor(id, channelForBenchmarks), previous)];
      });
      const rollUp = rateProcess(kpis.map((k) => ({ kpi: k.kpi, rating: k.rating })));
      return {
        id: process.id,
        name: process.name,
        channels: process.channels ?? null,
        kpis,
        needs: process.needs ?? null,
        ...rollUp,
        sentence: processSentence(process.name, rollUp, kpis),
      };
    });
    const rollUp = rateArea(processes.map((p) => p.rating));
    return { id: area.id, name: area.name, processes, ...rollUp, sentence: areaSentence(area.name, rollUp, processes) };
  });
}

function processSentence(name: string, rollUp: RollUp, kpis: readonly KpiResult[]): string {
  const deciding = kpis.find((k) => k.kpi === rollUp.decidedBy);
  const head = `${name}: ${ratingWords(rollUp.rating)}`;
  if (deciding === undefined) {
    return `${head}.`;
  }
  const cap = rollUp.capped ? ', held at 2 because another of its KPIs is critical' : '';
  return `${head}${cap}. ${deciding.sentence}`;
}

function areaSentence(name: string, rollUp: RollUp, processes: readonly ProcessScore[]): string {
  const rated = processes.filter((p) => p.rating.status === 'rated').length;
  const cap = rollUp.capped ? ', held at 2 because a process is critical' : '';
  return `${name}: ${ratingWords(rollUp.rating)} (median of ${rated} rated of ${processes.length} processes${cap}).`;
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

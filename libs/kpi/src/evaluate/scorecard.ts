// The 8×4 scorecard of a tenant for a window: every process rated from its KPIs (over the
// channels it covers), every area from its processes, each with its level in the previous window.
// Sentences are rendered from these structured results (scorecard-sentences.ts).
import { kpiDefinition } from '../kpis/kpi-catalog';
import type { KpiDefinition } from '../kpis/kpi-definition';
import { PROCESS_MODEL, type ProcessDefinition } from '../model/process-model';
import { rateArea, rateProcess, type RollUp } from '../rating/rate-process';
import type { Rating } from '../rating/rating-scale';
import type { Yardstick } from '../rating/yardstick';
import { evaluateKpi, type KpiResult } from './evaluate-kpi';
import { areaSentence, processSentence } from './scorecard-sentences';
import type { WindowInputs } from './window-inputs';

/** The yardstick of a KPI for a channel (undefined = no channel has data). */
export type YardstickFor = (kpi: string, channel: string | undefined) => Yardstick;

export interface ProcessScore extends RollUp {
  readonly id: string;
  readonly name: string;
  readonly channels: readonly string[] | null;
  readonly kpis: readonly KpiResult[];
  readonly needs: string | null;
  /** The process's rating in the previous window (null when there was none to compare). */
  readonly previous: Rating | null;
  readonly sentence: string;
}

export interface AreaScore extends RollUp {
  readonly id: string;
  readonly name: string;
  readonly processes: readonly ProcessScore[];
  readonly previous: Rating | null;
  /** The id of the lowest-rated process (the first of equals), or null when none is rated. */
  readonly weakest: string | null;
  readonly sentence: string;
}

/** Builds the scorecard from the inputs of the window and (for direction) of the previous window. */
export function buildScorecard(current: WindowInputs, previous: WindowInputs | null, yardstickFor: YardstickFor): AreaScore[] {
  const window: Windows = { current, previous };
  return PROCESS_MODEL.map((area) => {
    const processes = area.processes.map((process) => scoreProcess(process, window, yardstickFor));
    const rollUp = rateArea(processes.map((p) => p.rating));
    const before = previous === null ? null : rateArea(processes.map((p) => p.previous ?? { status: 'no_data' })).rating;
    const weakest = weakestOf(processes);
    const score = { id: area.id, name: area.name, processes, ...rollUp, previous: before, weakest };
    return { ...score, sentence: areaSentence(score) };
  });
}

interface Windows {
  readonly current: WindowInputs;
  readonly previous: WindowInputs | null;
}

function scoreProcess(process: ProcessDefinition, window: Windows, yardstickFor: YardstickFor): ProcessScore {
  const channels = process.channels ?? undefined;
  const input = window.current.input(channels);
  const previousInput = window.previous?.input(channels) ?? null;
  const channel = window.current.channel(channels);
  const definitions = process.kpis.flatMap((id) => kpiDefinition(id) ?? []);
  const kpis = definitions.map((d) => evaluateKpi(d, input, yardstickFor(d.id, channel), previousInput));
  const rollUp = rateProcess(kpis.map((k) => ({ kpi: k.kpi, rating: k.rating })));
  const previous = window.previous === null ? null : previousRollUp(definitions, window.previous, channels, yardstickFor);
  const score = {
    id: process.id,
    name: process.name,
    channels: process.channels ?? null,
    kpis,
    needs: process.needs ?? null,
    ...rollUp,
    previous,
  };
  return { ...score, sentence: processSentence(score) };
}

// The previous window is rated with the yardsticks of its own dominant channel, as it was then.
function previousRollUp(
  definitions: readonly KpiDefinition[],
  window: WindowInputs,
  channels: readonly string[] | undefined,
  yardstickFor: YardstickFor,
): Rating {
  const input = window.input(channels);
  const channel = window.channel(channels);
  const rated = definitions.map((d) => ({ kpi: d.id, rating: evaluateKpi(d, input, yardstickFor(d.id, channel), null, false).rating }));
  return rateProcess(rated).rating;
}

function weakestOf(processes: readonly ProcessScore[]): string | null {
  let weakest: ProcessScore | null = null;
  for (const p of processes) {
    if (p.rating.status === 'rated' && (weakest === null || (weakest.rating.status === 'rated' && p.rating.level < weakest.rating.level))) {
      weakest = p;
    }
  }
  return weakest?.id ?? null;
}

// The 8×4 scorecard of a tenant for a window: every process rated from its KPIs (over the
// channels it covers), every area from its processes, each with its level in the previous window.
// Sentences are rendered from these structured results (scorecard-sentences.ts).
import { ANY } from '../counters/aggregate';
import { kpiDefinition } from '../kpis/kpi-catalog';
import type { KpiDefinition, KpiInput } from '../kpis/kpi-definition';
import { PROCESS_MODEL, type ProcessDefinition } from '../model/process-model';
import { rateArea, rateProcess, type RollUp } from '../rating/rate-process';
import type { Rating } from '../rating/rating-scale';
import type { Yardstick } from '../rating/yardstick';
import { evaluateKpi, type KpiResult } from './evaluate-kpi';
import { benchmarkChannel, kpiInputOf, type ScopeRow } from './kpi-input';
import { areaSentence, processSentence } from './scorecard-sentences';

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

/** Builds the scorecard from the rows of the window and (for direction) of the previous window. */
export function buildScorecard(
  rows: readonly ScopeRow[],
  previousRows: readonly ScopeRow[] | null,
  yardstickFor: YardstickFor,
): AreaScore[] {
  const window: Windows = { current: memoised(rows), previous: previousRows === null ? null : memoised(previousRows) };
  return PROCESS_MODEL.map((area) => {
    const processes = area.processes.map((process) => scoreProcess(process, window, yardstickFor));
    const rollUp = rateArea(processes.map((p) => p.rating));
    const previous = previousRows === null ? null : rateArea(processes.map((p) => p.previous ?? { status: 'no_data' })).rating;
    const weakest = weakestOf(processes);
    const score = { id: area.id, name: area.name, processes, ...rollUp, previous, weakest };
    return { ...score, sentence: areaSentence(score) };
  });
}

// One window's rows, merged and voted on once per channel set: processes share a handful of sets.
interface WindowRows {
  readonly input: (channels: readonly string[] | undefined) => KpiInput;
  readonly channel: (channels: readonly string[] | undefined) => string | undefined;
}

interface Windows {
  readonly current: WindowRows;
  readonly previous: WindowRows | null;
}

function memoised(rows: readonly ScopeRow[]): WindowRows {
  const inputs = new Map<string, KpiInput>();
  const channelsOf = new Map<string, string | undefined>();
  const key = (channels: readonly string[] | undefined): string => channels?.join(',') ?? ANY;
  return {
    input: (channels) => {
      let input = inputs.get(key(channels));
      if (input === undefined) {
        input = kpiInputOf(rows, channels);
        inputs.set(key(channels), input);
      }
      return input;
    },
    channel: (channels) => {
      if (!channelsOf.has(key(channels))) {
        channelsOf.set(key(channels), benchmarkChannel(rows, channels));
      }
      return channelsOf.get(key(channels));
    },
  };
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
  window: WindowRows,
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

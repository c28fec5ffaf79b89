import { Inject, Injectable } from '@nestjs/common';
import {
  DAY_MS,
  INTERVAL_MS,
  KPI_DEFINITIONS,
  type AreaScore,
  type Dimension,
  type KpiResult,
  type ScopeRow,
  buildScorecard,
  countersFromJson,
  emptyWaitSketch,
  evaluateKpi,
  kpiDefinition,
  kpiInputOf,
  mergeWaitSketch,
  waitSketchFromBytes,
  type WaitSketch,
  type WindowInputs,
  windowInputs,
} from '@vahti/kpi';
import { type CounterSum, KpiReadRepository, type StoredSketch } from '@vahti/persistence';
import { EVALUATOR_CONFIG, type EvaluatorRuntimeConfig } from '../evaluator-config';
import { DaySumsCache } from './day-sums-cache';
import type { ResolvedWindow } from './query-window';

export interface ScopeFilter {
  readonly queueId?: string;
  readonly channel?: string;
}

export interface SeriesPoint {
  readonly periodStart: string;
  readonly value: number | null;
  readonly ci: readonly [number, number] | null;
  readonly sample: number;
  readonly rating: KpiResult['rating'];
}

/** Reads windows of aggregates and turns them into KPI results, series and the scorecard. */
@Injectable()
export class KpiQueryService {
  private readonly days: DaySumsCache;

  constructor(
    private readonly read: KpiReadRepository,
    @Inject(EVALUATOR_CONFIG) private readonly config: EvaluatorRuntimeConfig,
  ) {
    this.days = new DaySumsCache(read, config.EVALUATOR_API_CACHE_DAYS);
  }

  /** Every KPI over a window for a scope, with ratings and sentences. */
  async kpis(tenantId: string, window: ResolvedWindow, filter: ScopeFilter): Promise<KpiResult[]> {
    const [current, previous] = await Promise.all([
      this.inputs(tenantId, window.granularity, window.from, window.to, filter, ['all', 'agent', 'team']),
      this.inputs(tenantId, window.granularity, window.previousFrom, window.from, filter, ['all', 'agent', 'team']),
    ]);
    const input = current.input();
    const previousInput = previous.input();
    const yardsticks = this.config.domain.yardsticks;
    const channel = current.channel(filter.channel === undefined ? undefined : [filter.channel]);
    return KPI_DEFINITIONS.map((k) => evaluateKpi(k, input, yardsticks(tenantId, k.id, channel, filter.queueId), previousInput));
  }

  /** One KPI per period between `from` and `to`. */
  async series(
    tenantId: string,
    kpi: string,
    granularity: 'interval' | 'day',
    from: number,
    to: number,
    filter: ScopeFilter,
  ): Promise<SeriesPoint[]> {
    const definition = kpiDefinition(kpi);
    if (definition === undefined) {
      return [];
    }
    const q = { tenantId, granularity, from, to, ...filter };
    const [sums, sketches] = await Promise.all([
      this.read.sumCounters({ ...q, dimensions: ['all', 'agent', 'team'], perPeriod: true }),
      this.read.waitSketches(q),
    ]);
    const byPeriod = new Map<number, ScopeRow[]>();
    for (const row of toScopeRows(sums, mergedWaits(sketches, true), true)) {
      const list = byPeriod.get(row.periodStart) ?? [];
      list.push(row);
      byPeriod.set(row.periodStart, list);
    }
    const step = granularity === 'interval' ? INTERVAL_MS : DAY_MS;
    const points: SeriesPoint[] = [];
    for (let start = from; start < to; start += step) {
      const result = evaluateKpi(
        definition,
        kpiInputOf(byPeriod.get(start) ?? []),
        this.config.domain.yardsticks(tenantId, kpi, filter.channel, filter.queueId),
        null,
      );
      points.push({
        periodStart: new Date(start).toISOString(),
        value: result.value,
        ci: result.ci,
        sample: result.sample,
        rating: result.rating,
      });
    }
    return points;
  }

  /** The 8×4 scorecard of a tenant over a window. */
  async scorecard(tenantId: string, window: ResolvedWindow): Promise<AreaScore[]> {
    const [current, previous] = await Promise.all([
      this.inputs(tenantId, window.granularity, window.from, window.to, {}, ['all', 'agent', 'team']),
      this.inputs(tenantId, window.granularity, window.previousFrom, window.from, {}, ['all', 'agent', 'team']),
    ]);
    const yardsticks = this.config.domain.yardsticks;
    return buildScorecard(current, previous, (kpi, channel) => yardsticks(tenantId, kpi, channel));
  }

  private async inputs(
    tenantId: string,
    granularity: 'interval' | 'day',
    from: number,
    to: number,
    filter: ScopeFilter,
    dimensions: Dimension[],
  ): Promise<WindowInputs> {
    if (granularity === 'day') {
      return this.days.window({ tenantId, from, to, dimensions, ...filter });
    }
    const q = { tenantId, granularity, from, to, ...filter };
    const [sums, sketches] = await Promise.all([this.read.sumCounters({ ...q, dimensions }), this.read.waitSketches(q)]);
    return windowInputs(toScopeRows(sums, mergedWaits(sketches, false), false));
  }
}

type PeriodScopeRow = ScopeRow & { periodStart: number };

// Answer-wait sketches merged per channel (and per period when asked), keyed `<period>\u001f<channel>`.
function mergedWaits(sketches: readonly StoredSketch[], perPeriod: boolean): Map<string, WaitSketch> {
  const waits = new Map<string, WaitSketch>();
  for (const s of sketches) {
    const key = `${perPeriod ? s.periodStart : ''}\u001f${s.channel}`;
    let merged = waits.get(key);
    if (merged === undefined) {
      merged = emptyWaitSketch();
      waits.set(key, merged);
    }
    mergeWaitSketch(merged, waitSketchFromBytes(s.sketch));
  }
  return waits;
}

function toScopeRows(sums: readonly CounterSum[], waits: ReadonlyMap<string, WaitSketch>, perPeriod: boolean): PeriodScopeRow[] {
  return sums.map((s) => ({
    periodStart: s.periodStart ?? 0,
    queueId: '',
    channel: s.channel,
    dimension: s.dimension as Dimension,
    dimensionValue: s.dimensionValue,
    aggregate: {
      counters: countersFromJson(s.counters),
      wait: s.dimension === 'all' ? (waits.get(`${perPeriod ? (s.periodStart ?? '') : ''}\u001f${s.channel}`) ?? null) : null,
    },
  }));
}

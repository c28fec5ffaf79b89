// One closed interval of one tenant (libs/degradation reviewTenantInterval): the evaluator's rows of
// the interval, of the same slot in the past weeks and of a possible alert window are read in one
// query; the review's signals are recorded with the new monitor states and the tenant's progress in
// one transaction, so a crash either did all of it or none, and the interval is then reviewed again.
// Before the KPIs, the event store's counts of the interval go through the broken-data checks: what
// they flag keeps KPIs computed from broken data from alerting as performance changes. An interval
// the store has not caught up with yet waits for it, up to ALERTER_EVENT_STORE_WAIT_SECONDS
// (libs/degradation event-store-wait.ts).
import { parseMonitorState, type DataQualityReason, type MonitorState } from '@vahti/detection';
import {
  DEFAULT_HEALTH_RULES,
  MAX_WINDOW_INTERVALS,
  breachThresholdOf,
  EventStoreWait,
  isTotal,
  pastSlotsOf,
  reviewDataQuality,
  reviewPeriods,
  reviewTenantInterval,
  type DataQualityReview,
  type TenantRow,
} from '@vahti/degradation';
import { countersFromJson, INTERVAL_MS, type Dimension } from '@vahti/kpi';
import type { DetectorState, DetectorStateRepository, EventHealthRepository, KpiReadRepository } from '@vahti/persistence';
import type { AlerterRuntimeConfig } from '../../alerter-config';
import type { RecordAlertSignalUseCase } from '../record-alert-signal/record-alert-signal.use-case';

/** The detector-state row that holds a tenant's review progress (no series, no metric of its own). */
export const PROGRESS_SERIES = '';
export const PROGRESS_METRIC = 'review-progress';
/** The detector-state row (of the progress series) that holds a tenant's data-quality monitor. */
export const DATA_QUALITY_METRIC = 'data-quality';
const DIMENSIONS: readonly Dimension[] = ['all', 'team', 'reason'];

export interface ReviewOutcome {
  readonly signals: number;
  readonly alerts: number;
  readonly analysisErrors: readonly string[];
  /** Broken-data reasons flagged for the interval (its KPIs were not alerted on). */
  readonly brokenData: readonly DataQualityReason[];
}

/** Reviews one interval of one tenant and records what it found. */
export class ReviewIntervalUseCase {
  private readonly storeWait: EventStoreWait;

  constructor(
    private readonly config: AlerterRuntimeConfig,
    private readonly rows: KpiReadRepository,
    private readonly health: EventHealthRepository,
    private readonly states: DetectorStateRepository,
    private readonly record: RecordAlertSignalUseCase,
    private readonly clock: () => number,
  ) {
    this.storeWait = new EventStoreWait(config.ALERTER_EVENT_STORE_WAIT_SECONDS * 1000);
  }

  /**
   * `watermark` (the newest interval the stream has shown) is stored with the progress, for restarts.
   * Null: not reviewed, the event store has not caught up with the interval yet; ask again later.
   */
  async execute(tenantId: string, intervalStart: number, watermark: number | null = null): Promise<ReviewOutcome | null> {
    if (this.config.ALERTER_BROKEN_DATA_CHECKS && (await this.awaitsEventStore(tenantId, intervalStart, watermark))) {
      return null;
    }
    const weeks = this.config.ALERTER_REVIEW_WEEKS;
    const byPeriod = await this.loadRows(tenantId, intervalStart, weeks);
    const stored = await this.states.load(tenantId);
    const quality = await this.dataQuality(tenantId, intervalStart, stored);
    const states = new Map<string, Map<string, MonitorState>>();
    for (const row of stored) {
      const state = row.seriesKey === PROGRESS_SERIES ? null : parseMonitorState(row.state);
      if (state !== null) {
        const series = states.get(row.seriesKey) ?? new Map<string, MonitorState>();
        series.set(row.metric, state);
        states.set(row.seriesKey, series);
      }
    }
    const outcome = reviewTenantInterval({
      tenantId,
      intervalStart,
      rowsAt: (at) => byPeriod.get(at) ?? [],
      states,
      weeks,
      threshold: (series, metric) => {
        const total = isTotal(series);
        return breachThresholdOf(
          this.config.yardsticks(tenantId, metric, total ? undefined : series.channel, total ? undefined : series.queueId),
        );
      },
      serviceLevelSeconds: (series) => this.config.evaluation.queue(tenantId, series.queueId, series.channel).serviceLevelSeconds,
      ...(quality !== null && { dataQuality: quality.flagged }),
    });
    const alerts = [...(quality?.alerts ?? []), ...outcome.signals.flatMap((s) => (s.alert === null ? [] : [s.alert]))];
    const saved: Array<{ tenantId: string; seriesKey: string; metric: string; state: unknown }> = [...outcome.states].flatMap(
      ([key, metrics]) => [...metrics].map(([metric, state]) => ({ tenantId, seriesKey: key, metric, state })),
    );
    saved.push({
      tenantId,
      seriesKey: PROGRESS_SERIES,
      metric: PROGRESS_METRIC,
      state: { lastReviewed: intervalStart, watermark: Math.max(watermark ?? intervalStart, intervalStart) },
    });
    if (quality !== null) {
      saved.push({ tenantId, seriesKey: PROGRESS_SERIES, metric: DATA_QUALITY_METRIC, state: quality.state });
    }
    await this.record.execute(alerts, (tx) => tx.detectorStates.save(saved, this.clock()));
    return {
      signals: outcome.signals.length,
      alerts: alerts.length,
      analysisErrors: outcome.signals.flatMap((s) => (s.analysisError === undefined ? [] : [`${s.signal.metric}: ${s.analysisError}`])),
      brokenData: quality?.flagged ?? [],
    };
  }

  private async awaitsEventStore(tenantId: string, intervalStart: number, watermark: number | null): Promise<boolean> {
    const progress = { newestStoredAt: await this.health.newestEventAt(tenantId), intervalEnd: intervalStart + INTERVAL_MS, watermark };
    return this.storeWait.readiness(tenantId, progress, this.clock()) === 'wait';
  }

  /** The broken-data step on the event store's counts of the interval (null when the checks are off). */
  private async dataQuality(tenantId: string, intervalStart: number, stored: readonly DetectorState[]): Promise<DataQualityReview | null> {
    if (!this.config.ALERTER_BROKEN_DATA_CHECKS) {
      return null;
    }
    const counts = await this.health.countsOf({
      tenantId,
      intervalStart,
      intervalMs: INTERVAL_MS,
      pastSlots: pastSlotsOf(intervalStart, this.config.ALERTER_REVIEW_WEEKS),
      ...DEFAULT_HEALTH_RULES,
    });
    const state = stored.find((row) => row.seriesKey === PROGRESS_SERIES && row.metric === DATA_QUALITY_METRIC)?.state;
    return reviewDataQuality(tenantId, intervalStart, state, counts);
  }

  /** Every row the review can read (libs/degradation reviewPeriods): the alert window now and in the past weeks, with the baseline's neighbouring slots. */
  private async loadRows(tenantId: string, intervalStart: number, weeks: number): Promise<Map<number, TenantRow[]>> {
    const periods = reviewPeriods(intervalStart, weeks, MAX_WINDOW_INTERVALS);
    const byPeriod = new Map<number, TenantRow[]>();
    for (const row of await this.rows.intervalRows(tenantId, periods, DIMENSIONS)) {
      const list = byPeriod.get(row.periodStart) ?? [];
      list.push({
        queueId: row.queueId,
        channel: row.channel,
        dimension: row.dimension as Dimension,
        dimensionValue: row.dimensionValue,
        counters: countersFromJson(row.counters),
      });
      byPeriod.set(row.periodStart, list);
    }
    return byPeriod;
  }
}

import { DAY_MS, INTERVAL_MS, type SeriesKpi, type YardstickLookup, seriesKpis } from '@vahti/kpi';
import type { KeyedRecord } from '@vahti/messaging';
import type { EvaluatorStateRepository } from '@vahti/persistence';
import type { EvaluatorMetrics } from '../evaluator-metrics';
import { EventLoopBudget } from '../scheduling/event-loop-budget';
import { fromRecord } from '../state/aggregate-codec';
import type { AppliedChunk } from '../use-cases/apply-events/apply-events.use-case';
import { kpiChangedRecord, kpiDigest, type SeriesPeriod } from './kpi-changed-record';
import type { KpiGauges } from './kpi-gauges';
import type { PartitionProgress } from './partition-progress';
import { type TenantPeriods, TouchedPeriods } from './touched-periods';

const PERIOD_MS = { interval: INTERVAL_MS, day: DAY_MS } as const;
type Granularity = keyof typeof PERIOD_MS;
const FRESHNESS_WINDOW_MS = 10 * 60_000;
/** Periods whose last published values are remembered (older ones are republished if they change). */
const REMEMBER_MS = 3 * DAY_MS;
/**
 * The next publication waits at least this many times as long as the last one took, so that while
 * the evaluator catches up (each publication covers many periods) publishing takes at most about a
 * fifth of the time and a period is re-published fewer times as it fills. Live, a publication takes
 * a few milliseconds and the wait stays `intervalMs`.
 */
const WAIT_PER_PUBLICATION_TIME = 4;

/**
 * After chunks are committed: re-reads the touched periods (summed over every partition's rows, so
 * contributions written by other instances count), updates the gauges and publishes every KPI
 * value that changed to the KPI topic. Chunks are coalesced: at most one publication runs every
 * `intervalMs`, covering every period touched since the previous one. While the evaluator catches
 * up, that turns thousands of chunk-sized publications into a few; live, it adds at most
 * `intervalMs` to freshness. Each publication ends with the progress reports of the partitions that
 * moved (partition-progress.ts).
 */
export class KpiPublication {
  private readonly lastPublished = new Map<string, { digests: Map<string, string>; periodStart: number }>();
  private readonly pending = new TouchedPeriods();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastRun = 0;
  private lastDuration = 0;
  private failures = 0;

  constructor(
    private readonly repository: EvaluatorStateRepository,
    private readonly yardsticks: YardstickLookup,
    private readonly gauges: KpiGauges,
    private readonly send: (records: KeyedRecord[]) => Promise<void>,
    private readonly metrics: EvaluatorMetrics,
    private readonly source: string,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void,
    private readonly progress: PartitionProgress,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Records what a committed chunk changed; the publication follows within `intervalMs`. */
  note(chunk: AppliedChunk): void {
    const now = this.clock();
    // Only recent events feed the freshness histogram: a replay of last month is not "late".
    const recent = chunk.applied.map((c) => c.occurredMs).filter((t) => t <= now && now - t <= FRESHNESS_WINDOW_MS);
    this.pending.add(chunk.touched, recent);
    this.progress.applied(chunk.partition, chunk.applied);
    this.schedule();
  }

  /** Records left on a partition after a committed chunk: a partition that has caught up is reported as such. */
  noteLag(partition: number, records: number): void {
    if (this.progress.lag(partition, records)) {
      this.schedule();
    }
  }

  /** Publishes whatever is pending now and waits for it (shutdown, tests). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    if (!this.pending.isEmpty || this.progress.hasChanges) {
      await this.run();
    }
  }

  private schedule(): void {
    if (this.timer !== undefined || this.running !== undefined || (this.pending.isEmpty && !this.progress.hasChanges)) {
      return;
    }
    // Back off after failures (PostgreSQL or Kafka away): 1 interval, 2, 4 … at most 30 s.
    const wait = Math.min(30_000, Math.max(this.intervalMs, WAIT_PER_PUBLICATION_TIME * this.lastDuration) * 2 ** this.failures);
    const delay = Math.max(0, this.lastRun + wait - this.clock());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delay);
  }

  private async run(): Promise<void> {
    const taken = this.pending.take();
    this.lastRun = this.clock();
    const reports = this.progress.take(this.lastRun);
    this.running = this.publishTaken(taken.tenants, taken.occurred, reports.records).then(
      () => {
        this.failures = 0;
      },
      (error: unknown) => {
        this.pending.restore(taken);
        this.progress.restore(reports.partitions);
        this.failures = Math.min(this.failures + 1, 10);
        this.metrics.publicationFailures.inc();
        this.onError(error);
      },
    );
    await this.running;
    this.running = undefined;
    this.lastDuration = this.clock() - this.lastRun;
    this.schedule();
  }

  private async publishTaken(
    tenants: ReadonlyMap<string, TenantPeriods>,
    occurred: readonly number[],
    progress: readonly KeyedRecord[],
  ): Promise<void> {
    const records: KeyedRecord[] = [];
    for (const [tenant, periods] of tenants) {
      for (const granularity of ['interval', 'day'] as const) {
        const starts = periods[granularity];
        if (starts.size > 0) {
          await this.publishPeriods(tenant, granularity, starts, periods.series, records);
        }
      }
    }
    // Progress reports last: they speak for rows committed before this publication began.
    await this.send([...records, ...progress]);
    this.metrics.kpiMessages.inc(records.length);
    const now = this.clock();
    for (const t of occurred) {
      this.metrics.freshness.observe((now - t) / 1000);
    }
    this.forgetOld();
  }

  private async publishPeriods(
    tenant: string,
    granularity: Granularity,
    starts: ReadonlySet<number>,
    series: ReadonlySet<string>,
    out: KeyedRecord[],
  ): Promise<void> {
    const from = Math.min(...starts);
    const to = Math.max(...starts) + PERIOD_MS[granularity];
    const stored = await this.repository.loadWindow({ tenantId: tenant, granularity, from, to, dimensions: ['all'] });
    const budget = new EventLoopBudget();
    const byPeriod = new Map<number, Array<{ queueId: string; channel: string; aggregate: ReturnType<typeof fromRecord> }>>();
    for (const record of stored) {
      if (!starts.has(record.periodStart)) {
        continue;
      }
      const rows = byPeriod.get(record.periodStart) ?? [];
      rows.push({ queueId: record.queueId, channel: record.channel, aggregate: fromRecord(record) });
      byPeriod.set(record.periodStart, rows);
    }
    for (const [periodStart, rows] of byPeriod) {
      // A catch-up publication covers hundreds of periods: requests get their turn between them.
      if (budget.spent) {
        await budget.yield();
      }
      const bySeries = new Map<string, SeriesKpi[]>();
      for (const value of seriesKpis(tenant, rows, this.yardsticks, (q, c) => series.has(`${q}\u001f${c}`))) {
        this.gauges.set(tenant, granularity, periodStart, value);
        const key = `${value.queueId}\u001f${value.channel}`;
        const list = bySeries.get(key) ?? [];
        list.push(value);
        bySeries.set(key, list);
      }
      for (const values of bySeries.values()) {
        const first = values[0] as SeriesKpi;
        const record = this.changedRecord({ tenant, queueId: first.queueId, channel: first.channel, granularity, periodStart }, values);
        if (record !== null) {
          out.push(record);
        }
      }
    }
  }

  // A record when any KPI of the series-period changed since its last publication, else null.
  private changedRecord(at: SeriesPeriod, values: readonly SeriesKpi[]): KeyedRecord | null {
    const seriesKey = `${at.tenant}/${at.queueId}/${at.channel}/${at.granularity}/${at.periodStart}`;
    const before = this.lastPublished.get(seriesKey)?.digests;
    const digests = new Map(values.map((v) => [v.result.kpi, kpiDigest(v)]));
    const changed = [...digests].filter(([kpi, d]) => before?.get(kpi) !== d).map(([kpi]) => kpi);
    if (changed.length === 0 && before?.size === digests.size) {
      return null;
    }
    this.lastPublished.set(seriesKey, { digests, periodStart: at.periodStart });
    const digest = [...digests.values()].join(';');
    return kpiChangedRecord(at, values, changed, digest, this.source, this.clock());
  }

  private forgetOld(): void {
    if (this.lastPublished.size < 20_000) {
      return;
    }
    const cutoff = this.clock() - REMEMBER_MS;
    for (const [key, entry] of this.lastPublished) {
      if (entry.periodStart < cutoff) {
        this.lastPublished.delete(key);
      }
    }
  }
}

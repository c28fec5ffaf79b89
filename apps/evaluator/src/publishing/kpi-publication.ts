import { createHash } from 'node:crypto';
import { KPI_CHANGED_TYPE, type KpiChangedEvent } from '@vahti/contracts';
import { DAY_MS, INTERVAL_MS, type SeriesKpi, type YardstickLookup, parseAggregateKey, seriesKpis } from '@vahti/kpi';
import type { KeyedRecord } from '@vahti/messaging';
import type { EvaluatorStateRepository } from '@vahti/persistence';
import type { EvaluatorMetrics } from '../evaluator-metrics';
import { fromRecord } from '../state/aggregate-codec';
import type { AppliedChunk } from '../use-cases/apply-events/apply-events.use-case';
import type { KpiGauges } from './kpi-gauges';

const PERIOD_MS = { interval: INTERVAL_MS, day: DAY_MS } as const;
type Granularity = keyof typeof PERIOD_MS;
const FRESHNESS_WINDOW_MS = 10 * 60_000;
/** Periods whose last published values are remembered (older ones are republished if they change). */
const REMEMBER_MS = 3 * DAY_MS;

/**
 * After a chunk is committed: re-reads the touched periods (summed over every partition's rows, so
 * contributions written by other instances count), updates the gauges and publishes every KPI
 * value that changed to the KPI topic.
 */
export class KpiPublication {
  private readonly lastPublished = new Map<string, { digest: string; periodStart: number }>();

  constructor(
    private readonly repository: EvaluatorStateRepository,
    private readonly yardsticks: YardstickLookup,
    private readonly gauges: KpiGauges,
    private readonly send: (records: KeyedRecord[]) => Promise<void>,
    private readonly metrics: EvaluatorMetrics,
    private readonly source: string,
    private readonly clock: () => number = Date.now,
  ) {}

  async publish(chunk: AppliedChunk): Promise<number> {
    const records: KeyedRecord[] = [];
    for (const [tenant, periods] of touchedPeriods(chunk.touched)) {
      for (const granularity of ['interval', 'day'] as const) {
        const starts = periods[granularity];
        if (starts.size === 0) {
          continue;
        }
        await this.publishPeriods(tenant, granularity, starts, periods.series, records);
      }
    }
    await this.send(records);
    this.metrics.kpiChanges.inc(records.length);
    this.observeFreshness(chunk);
    this.forgetOld();
    return records.length;
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
      const values = seriesKpis(tenant, rows, this.yardsticks, (q, c) => series.has(`${q}\u001f${c}`));
      for (const value of values) {
        this.gauges.set(tenant, granularity, periodStart, value);
        const record = this.changeRecord(tenant, granularity, periodStart, value);
        if (record !== null) {
          out.push(record);
        }
      }
    }
  }

  private changeRecord(tenant: string, granularity: Granularity, periodStart: number, s: SeriesKpi): KeyedRecord | null {
    const seriesKey = [tenant, s.queueId, s.channel, s.result.kpi, granularity, periodStart].join('/');
    const r = s.result;
    // Value, sample and rating identify a published state (the interval follows from them).
    const digest = `${r.value}|${r.sample}|${r.rating.status === 'rated' ? r.rating.level : r.rating.status}`;
    if (this.lastPublished.get(seriesKey)?.digest === digest) {
      return null;
    }
    this.lastPublished.set(seriesKey, { digest, periodStart });
    const event: KpiChangedEvent = {
      specversion: '1.0',
      // The same value of the same series and period always has the same id: consumers can de-duplicate.
      id: createHash('sha1').update(`${seriesKey}/${digest}`).digest('hex'),
      source: this.source,
      type: KPI_CHANGED_TYPE,
      time: new Date(this.clock()).toISOString(),
      datacontenttype: 'application/json',
      tenantid: tenant,
      data: {
        kpi: r.kpi,
        area: s.area,
        process: s.process,
        queueId: s.queueId,
        channel: s.channel,
        granularity,
        periodStart: new Date(periodStart).toISOString(),
        value: r.value ?? Number.NaN,
        ci: r.ci === null ? null : [r.ci[0], r.ci[1]],
        sample: r.sample,
        sampleNoun: r.sampleNoun,
        rating:
          r.rating.status === 'rated'
            ? { status: 'rated', level: r.rating.level }
            : { status: r.rating.status === 'not_measured' ? 'no_data' : r.rating.status },
      },
    };
    return { key: `${tenant}/${s.queueId}/${s.channel}`, value: JSON.stringify(event) };
  }

  private observeFreshness(chunk: AppliedChunk): void {
    const now = this.clock();
    for (const c of chunk.applied) {
      const age = now - c.occurredMs;
      if (age >= 0 && age <= FRESHNESS_WINDOW_MS) {
        this.metrics.freshness.observe(age / 1000);
      }
    }
  }

  private forgetOld(): void {
    if (this.lastPublished.size < 100_000) {
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

interface TenantPeriods {
  interval: Set<number>;
  day: Set<number>;
  series: Set<string>;
}

function touchedPeriods(touched: readonly string[]): Map<string, TenantPeriods> {
  const out = new Map<string, TenantPeriods>();
  for (const text of touched) {
    const key = parseAggregateKey(text);
    if (key.dimension !== 'all') {
      continue;
    }
    let entry = out.get(key.tenantId);
    if (entry === undefined) {
      entry = { interval: new Set(), day: new Set(), series: new Set() };
      out.set(key.tenantId, entry);
    }
    entry[key.granularity].add(key.periodStart);
    entry.series.add(`${key.queueId}\u001f${key.channel}`);
  }
  return out;
}

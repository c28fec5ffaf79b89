import { Gauge, type Registry } from 'prom-client';
import type { SeriesKpi } from '@vahti/kpi';

const LABELS = ['tenant', 'area', 'process', 'kpi', 'queue', 'channel', 'window'] as const;
type Label = (typeof LABELS)[number];

/**
 * The two KPI gauge families. Labels are bounded: tenants × queues × channels × KPIs × 2 windows
 * (no agent, customer or free-text labels). `window` is `interval` (the newest 15-minute interval
 * with data) or `day` (the newest UTC day); a late event for an older period does not move them.
 */
export class KpiGauges {
  private readonly value: Gauge<Label>;
  private readonly rating: Gauge<Label>;
  // Per series: the newest period shown and prom-client's children for its labels (resolving a
  // label set hashes it, once per series instead of once per update).
  private readonly series = new Map<string, { newest: number; value: Gauge.Internal<Label>; labels: Record<Label, string> }>();

  constructor(registry: Registry) {
    this.value = new Gauge({
      name: 'vahti_kpi_value',
      help: 'KPI value in its unit (ratios 0–1, times in seconds, NPS points), per series and window.',
      labelNames: LABELS,
      registers: [registry],
    });
    this.rating = new Gauge({
      name: 'vahti_kpi_rating',
      help: 'KPI rating on the 5-level scale (1 critical … 5 world-class); absent when not rated.',
      labelNames: LABELS,
      registers: [registry],
    });
  }

  /** Sets the gauges of one series value if its period is the newest seen for that series and window. */
  set(tenant: string, window: 'interval' | 'day', periodStart: number, s: SeriesKpi): void {
    const key = `${tenant}\u001f${s.queueId}\u001f${s.channel}\u001f${s.result.kpi}\u001f${window}`;
    let entry = this.series.get(key);
    if (entry === undefined) {
      const labels: Record<Label, string> = {
        tenant,
        area: s.area,
        process: s.process,
        kpi: s.result.kpi,
        queue: s.queueId,
        channel: s.channel,
        window,
      };
      entry = { newest: Number.NEGATIVE_INFINITY, value: this.value.labels(labels), labels };
      this.series.set(key, entry);
    }
    if (entry.newest > periodStart) {
      return;
    }
    entry.newest = periodStart;
    entry.value.set(s.result.value ?? Number.NaN);
    if (s.result.rating.status === 'rated') {
      this.rating.set(entry.labels, s.result.rating.level);
    } else {
      this.rating.remove(entry.labels);
    }
  }
}

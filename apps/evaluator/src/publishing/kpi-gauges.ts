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
  private readonly newest = new Map<string, number>();

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
    const labels: Record<Label, string> = {
      tenant,
      area: s.area,
      process: s.process,
      kpi: s.result.kpi,
      queue: s.queueId,
      channel: s.channel,
      window,
    };
    const key = Object.values(labels).join('\u001f');
    if ((this.newest.get(key) ?? Number.NEGATIVE_INFINITY) > periodStart) {
      return;
    }
    this.newest.set(key, periodStart);
    this.value.set(labels, s.result.value ?? Number.NaN);
    if (s.result.rating.status === 'rated') {
      this.rating.set(labels, s.result.rating.level);
    } else {
      this.rating.remove(labels);
    }
  }
}

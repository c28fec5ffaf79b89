import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { EVENT_TYPES } from '@vahti/contracts';

/** The evaluator's own metrics (names follow <ns>_<app>_<noun>_<unit>); KPI gauges are in publishing/kpi-gauges.ts. */
export class EvaluatorMetrics {
  readonly applied: Counter<'type'>;
  readonly skipped: Counter<'reason'>;
  readonly tooLate: Counter;
  readonly batchDuration: Histogram;
  readonly freshness: Histogram;
  readonly kpiMessages: Counter;
  readonly publicationFailures: Counter;
  readonly lag: Gauge<'partition'>;
  readonly paused: Gauge;

  constructor(registry: Registry) {
    const registers = [registry];
    this.applied = new Counter({
      name: 'vahti_evaluator_events_applied_total',
      help: 'Events applied to the KPI aggregates (each event once), by type.',
      labelNames: ['type'],
      registers,
    });
    for (const type of EVENT_TYPES) {
      this.applied.inc({ type }, 0);
    }
    this.skipped = new Counter({
      name: 'vahti_evaluator_records_skipped_total',
      help: 'Records not applied, by reason: invalid (the ingestor dead-letters it), duplicate (event id already applied), replayed (offset already applied).',
      labelNames: ['reason'],
      registers,
    });
    this.tooLate = new Counter({
      name: 'vahti_evaluator_events_too_late_total',
      help: 'Events older than the history kept for them (customer or agent timeline): counted, but not linked to earlier contacts or states.',
      registers,
    });
    this.batchDuration = new Histogram({
      name: 'vahti_evaluator_batch_duration_seconds',
      help: 'Time to apply one chunk: decode, de-duplicate, evaluate, store in one transaction.',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.freshness = new Histogram({
      name: 'vahti_evaluator_kpi_freshness_seconds',
      help: 'From an event\u2019s time to the moment the KPI gauges include it (events less than 10 minutes old).',
      buckets: [0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 5, 10, 30, 60, 300, 600],
      registers,
    });
    this.kpiMessages = new Counter({
      name: 'vahti_evaluator_kpi_messages_published_total',
      help: 'Messages published to the KPI topic: one per series and period whose KPI values changed.',
      registers,
    });
    this.publicationFailures = new Counter({
      name: 'vahti_evaluator_kpi_publication_failures_total',
      help: 'KPI publications (gauges + KPI topic) that failed and were retried with back-off.',
      registers,
    });
    this.lag = new Gauge({
      name: 'vahti_evaluator_consumer_lag_records',
      help: 'Records behind the end of each owned input partition after the last chunk.',
      labelNames: ['partition'],
      registers,
    });
    this.paused = new Gauge({
      name: 'vahti_evaluator_consumer_paused',
      help: '1 while consumption is paused because PostgreSQL is unavailable.',
      registers,
    });
  }
}

import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { EVENT_TYPES } from '@vahti/contracts';
import { REJECT_REASONS } from '@vahti/ingestion';

/** The ingestor's own metrics, registered on the app registry (names follow <ns>_<app>_<noun>_<unit>). */
export class IngestMetrics {
  readonly consumed: Counter;
  readonly stored: Counter<'type'>;
  readonly duplicates: Counter<'type'>;
  readonly deadLettered: Counter<'reason' | 'type'>;
  readonly batchSize: Histogram;
  readonly writeDuration: Histogram;
  readonly lag: Gauge<'partition'>;
  readonly paused: Gauge;

  constructor(registry: Registry) {
    const registers = [registry];
    this.consumed = new Counter({
      name: 'vahti_ingestor_events_consumed_total',
      help: 'Records read from the input topic.',
      registers,
    });
    this.stored = new Counter({
      name: 'vahti_ingestor_events_stored_total',
      help: 'Events newly written to the event store, by type.',
      labelNames: ['type'],
      registers,
    });
    this.duplicates = new Counter({
      name: 'vahti_ingestor_events_duplicate_total',
      help: 'Valid events whose id was already stored (redelivery or producer retry), by type.',
      labelNames: ['type'],
      registers,
    });
    this.deadLettered = new Counter({
      name: 'vahti_ingestor_events_dead_lettered_total',
      help: 'Records sent to the dead-letter topic, by reason code and event type ("unknown" when not readable).',
      labelNames: ['reason', 'type'],
      registers,
    });
    this.batchSize = new Histogram({
      name: 'vahti_ingestor_batch_size_events',
      help: 'Records per processed chunk.',
      buckets: [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
      registers,
    });
    this.writeDuration = new Histogram({
      name: 'vahti_ingestor_write_duration_seconds',
      help: 'Time to write one chunk to PostgreSQL (COPY + merge + commit).',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.lag = new Gauge({
      name: 'vahti_ingestor_consumer_lag_messages',
      help: 'Records between the last committed offset and the high watermark, per partition.',
      labelNames: ['partition'],
      registers,
    });
    this.paused = new Gauge({
      name: 'vahti_ingestor_consumption_paused',
      help: '1 while consumption is paused because PostgreSQL is unreachable.',
      registers,
    });
    // Series that exist from the start read 0 instead of "no data", so rate() and absent()
    // alerts behave before the first event arrives.
    for (const type of EVENT_TYPES) {
      this.stored.inc({ type }, 0);
      this.duplicates.inc({ type }, 0);
    }
    for (const reason of REJECT_REASONS) {
      this.deadLettered.inc({ reason, type: 'unknown' }, 0);
    }
    this.paused.set(0);
  }
}

// Thin adapter: reads the KPI stream (its own consumer group) only to learn how far each tenant has
// come, and reviews each tenant's closed intervals as they fall due (libs/degradation dueIntervals),
// one at a time, in order. The data are the evaluator's rows in PostgreSQL (ReviewIntervalUseCase).
import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { isEvaluatorProgressEvent, isKpiChangedEvent } from '@vahti/contracts';
import { BatchConsumer, KAFKA, type KafkaClient, ensureTopics } from '@vahti/messaging';
import { ReadinessRegistry } from '@vahti/observability';
import { DatabaseUnavailableError, DetectorStateRepository, EventHealthRepository, KpiReadRepository } from '@vahti/persistence';
import { ALERTER_CLOCK, ALERTER_CONFIG, type AlerterRuntimeConfig } from '../alerter-config';
import { AlerterMetrics } from '../alerter-metrics';
import { PROGRESS_METRIC, PROGRESS_SERIES, ReviewIntervalUseCase } from '../use-cases/review-interval/review-interval.use-case';
import { RecordAlertSignalUseCase } from '../use-cases/record-alert-signal/record-alert-signal.use-case';
import { BackgroundLoop } from '../workers/background-loop';
import { WakeableSleep } from '../workers/wakeable-sleep';
import { ReviewProgressBook } from './review-progress-book';

/** The review loop looks for due intervals at least this often (intervals fall due by the clock too). */
const CHECK_EVERY_MS = 10_000;

@Injectable()
export class KpiStreamReview implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: BatchConsumer;
  private readonly book: ReviewProgressBook;
  private readonly sleeper = new WakeableSleep();
  private readonly loop: BackgroundLoop;
  private readonly review: ReviewIntervalUseCase;

  constructor(
    @Inject(ALERTER_CONFIG) private readonly config: AlerterRuntimeConfig,
    @Inject(ALERTER_CLOCK) private readonly clock: () => number,
    @Inject(KAFKA) private readonly kafka: KafkaClient,
    rows: KpiReadRepository,
    health: EventHealthRepository,
    private readonly states: DetectorStateRepository,
    record: RecordAlertSignalUseCase,
    private readonly metrics: AlerterMetrics,
    private readonly readiness: ReadinessRegistry,
    private readonly log: PinoLogger,
  ) {
    log.setContext('KpiStreamReview');
    this.book = new ReviewProgressBook(config.ALERTER_MAX_CATCH_UP_INTERVALS);
    this.review = new ReviewIntervalUseCase(config, rows, health, states, record, clock);
    this.consumer = new BatchConsumer(
      kafka,
      {
        groupId: config.ALERTER_GROUP_ID,
        topic: config.ALERTER_KPI_TOPIC,
        chunkSize: 5000,
        maxBytesPerPartition: 4 * 1024 * 1024,
        partitionsConsumedConcurrently: 1,
        recoveryIntervalMs: 1000,
        sessionTimeoutMs: config.ALERTER_SESSION_TIMEOUT_MS,
      },
      {
        onChunk: (records) => {
          const now = this.clock();
          for (const record of records) {
            this.note(record.value, now);
          }
          this.sleeper.wake();
          return Promise.resolve();
        },
        isRetryLater: (error) => error instanceof DatabaseUnavailableError,
        probe: () => Promise.resolve(),
        onFatal: (error) => {
          this.log.fatal({ err: error }, 'Kafka consumer crashed and will not restart; exiting');
          process.exitCode = 1;
          process.kill(process.pid, 'SIGTERM');
        },
      },
    );
    this.loop = new BackgroundLoop(this.sleeper, {
      round: async () => {
        await this.round();
        return CHECK_EVERY_MS;
      },
      onError: (error, failures) => {
        this.metrics.loopFailures.inc({ loop: 'review' });
        this.log.warn({ err: error, failures }, 'interval review failed; retrying');
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.ALERTER_REVIEW) {
      this.log.info('interval review off (ALERTER_REVIEW=false): signals come only through the signals API');
      return;
    }
    await ensureTopics(this.kafka, [{ topic: this.config.ALERTER_KPI_TOPIC, numPartitions: 3 }]);
    this.readiness.register('kpi-stream', () =>
      Promise.resolve({ up: this.consumer.isConnected(), detail: { joined: this.consumer.isConnected() } }),
    );
    await this.restoreProgress();
    await this.consumer.start();
    this.loop.start();
    this.log.info({ topic: this.config.ALERTER_KPI_TOPIC, groupId: this.config.ALERTER_GROUP_ID }, 'reviewing closed intervals');
  }

  // Every tenant reviewed before is known again at once, so its intervals fall due by the clock even
  // if its stream never speaks again (a silent stream is a finding, not a reason to stop looking).
  private async restoreProgress(): Promise<void> {
    let restored = 0;
    for (const row of await this.states.loadEveryTenant(PROGRESS_SERIES, PROGRESS_METRIC)) {
      const { lastReviewed, watermark } = progressOf(row.state);
      if (lastReviewed !== null && watermark !== null) {
        this.book.restored(row.tenantId, lastReviewed, watermark, this.clock());
        restored += 1;
      }
    }
    this.log.info({ tenants: restored }, 'review progress restored');
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.config.ALERTER_REVIEW) {
      await this.consumer.stop();
      await this.loop.stop();
    }
  }

  // A KPI message moves its tenant's watermark, an evaluator progress report holds tenants back to
  // a lagging partition; anything else on the topic is counted and skipped.
  private note(value: Buffer | null, now: number): void {
    let event: unknown;
    try {
      event = JSON.parse(value?.toString('utf8') ?? '');
    } catch {
      event = null;
    }
    if (isEvaluatorProgressEvent(event)) {
      this.metrics.kpiMessages.inc({ outcome: 'progress' });
      this.book.reported({ ...event.data, appliedUntil: Date.parse(event.data.appliedUntil) }, now);
      return;
    }
    if (!isKpiChangedEvent(event)) {
      this.metrics.kpiMessages.inc({ outcome: 'invalid' });
      return;
    }
    this.metrics.kpiMessages.inc({ outcome: 'read' });
    if (event.data.granularity === 'interval') {
      this.book.seen(event.tenantid, Date.parse(event.data.periodStart), now);
    }
  }

  private async round(): Promise<void> {
    for (const tenantId of this.book.unloaded()) {
      const progress = (await this.states.load(tenantId, [PROGRESS_SERIES])).find((row) => row.metric === PROGRESS_METRIC);
      this.book.loaded(tenantId, progressOf(progress?.state).lastReviewed);
    }
    for (const { tenantId, intervals } of this.book.due(this.clock())) {
      for (const intervalStart of intervals) {
        const outcome = await this.review.execute(tenantId, intervalStart, this.book.watermarkOf(tenantId, this.clock()));
        if (outcome === null) {
          // The event store is behind this interval: the tenant's next ones wait with it.
          this.metrics.storeWaits.inc();
          break;
        }
        this.book.reviewed(tenantId, intervalStart);
        this.metrics.reviews.inc();
        for (const reason of outcome.brokenData) {
          this.metrics.brokenData.inc({ reason });
        }
        for (const error of outcome.analysisErrors) {
          this.log.warn(
            { tenantId, intervalStart: new Date(intervalStart).toISOString(), error },
            'root-cause analysis failed; alert sent without candidates',
          );
        }
      }
    }
  }
}

/** A stored progress row's state (as ReviewIntervalUseCase writes it); what is missing or not a number is null. */
function progressOf(state: unknown): { lastReviewed: number | null; watermark: number | null } {
  const { lastReviewed, watermark } = (state ?? {}) as { lastReviewed?: unknown; watermark?: unknown };
  return {
    lastReviewed: typeof lastReviewed === 'number' ? lastReviewed : null,
    watermark: typeof watermark === 'number' ? watermark : null,
  };
}

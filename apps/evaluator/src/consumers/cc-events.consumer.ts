import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { createEventValidator } from '@vahti/contracts';
import { createPseudonymiser } from '@vahti/ingestion';
import { BatchConsumer, KAFKA, type KafkaClient, RecordPublisher, ensureTopics } from '@vahti/messaging';
import { ReadinessRegistry } from '@vahti/observability';
import { DatabaseUnavailableError, EvaluatorStateRepository } from '@vahti/persistence';
import { EVALUATOR_CONFIG, type EvaluatorRuntimeConfig } from '../evaluator-config';
import { EvaluatorMetrics } from '../evaluator-metrics';
import { KpiGauges } from '../publishing/kpi-gauges';
import { KpiPublication } from '../publishing/kpi-publication';
import { PartitionProgress } from '../publishing/partition-progress';
import { ApplyEventsUseCase } from '../use-cases/apply-events/apply-events.use-case';

/**
 * Thin adapter: owns the evaluator's consumer of the event topic (its own group, so it reads every
 * event the ingestor reads) and the KPI-topic producer; each chunk is applied, then published.
 */
@Injectable()
export class CcEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: BatchConsumer;
  private readonly kpiTopic: RecordPublisher;
  private readonly apply: ApplyEventsUseCase;
  private readonly publication: KpiPublication;
  private readonly progress: PartitionProgress;
  private retentionTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(EVALUATOR_CONFIG) private readonly config: EvaluatorRuntimeConfig,
    @Inject(KAFKA) private readonly kafka: KafkaClient,
    private readonly repository: EvaluatorStateRepository,
    private readonly metrics: EvaluatorMetrics,
    gauges: KpiGauges,
    private readonly readiness: ReadinessRegistry,
    private readonly log: PinoLogger,
  ) {
    log.setContext('CcEventsConsumer');
    this.kpiTopic = new RecordPublisher(kafka, config.EVALUATOR_KPI_TOPIC);
    this.apply = new ApplyEventsUseCase(repository, metrics, {
      decode: {
        validate: createEventValidator(),
        pseudonymise: createPseudonymiser(config.PSEUDONYMISATION_KEY),
        maxEventBytes: config.INGEST_MAX_EVENT_BYTES,
        maxFutureSkewMs: config.INGEST_MAX_FUTURE_SKEW_SECONDS * 1000,
      },
      evaluation: config.domain.evaluation,
      groupId: config.EVALUATOR_GROUP_ID,
      topic: config.EVALUATOR_INPUT_TOPIC,
    });
    this.progress = new PartitionProgress(config.EVALUATOR_INPUT_TOPIC, `/vahti/evaluator/${config.SERVICE_INSTANCE}`);
    this.publication = new KpiPublication(
      repository,
      config.domain.yardsticks,
      gauges,
      (records) => this.kpiTopic.publish(records),
      metrics,
      `/vahti/evaluator/${config.SERVICE_INSTANCE}`,
      config.EVALUATOR_PUBLISH_INTERVAL_MS,
      (error) => this.log.warn({ err: error }, 'KPI publication failed; retrying with back-off'),
      this.progress,
    );
    this.consumer = new BatchConsumer(
      kafka,
      {
        groupId: config.EVALUATOR_GROUP_ID,
        topic: config.EVALUATOR_INPUT_TOPIC,
        chunkSize: config.EVALUATOR_CHUNK,
        maxBytesPerPartition: config.EVALUATOR_MAX_BYTES_PER_PARTITION,
        partitionsConsumedConcurrently: config.EVALUATOR_PARTITIONS_CONCURRENTLY,
        recoveryIntervalMs: 1000,
        sessionTimeoutMs: config.EVALUATOR_SESSION_TIMEOUT_MS,
      },
      {
        onChunk: async (records) => {
          const chunk = await this.apply.execute(records);
          if (chunk === null) {
            return;
          }
          this.publication.note(chunk);
          this.log.debug({ partition: chunk.partition, records: records.length, applied: chunk.applied.length }, 'chunk applied');
        },
        isRetryLater: (error) => error instanceof DatabaseUnavailableError,
        probe: () => this.repository.ping(),
        onLag: (partition, lag) => {
          this.metrics.lag.set({ partition: String(partition) }, lag);
          this.publication.noteLag(partition, lag);
        },
        onAssigned: (partitions) => {
          this.apply.reset();
          this.progress.reset();
          this.metrics.lag.reset();
          this.log.info({ partitions }, 'partitions assigned');
        },
        onPauseChange: (paused, cause) => {
          this.metrics.paused.set(paused ? 1 : 0);
          if (paused) {
            this.apply.reset();
            this.log.warn({ err: cause }, 'PostgreSQL unavailable: evaluation paused, nothing committed');
          } else {
            this.log.info('PostgreSQL reachable again: evaluation resumed');
          }
        },
        onFatal: (error) => {
          this.log.fatal({ err: error }, 'Kafka consumer crashed and will not restart; exiting');
          process.exitCode = 1;
          process.kill(process.pid, 'SIGTERM');
        },
      },
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.EVALUATOR_CONSUME) {
      this.log.info('not consuming (EVALUATOR_CONSUME=false): serving the REST API from the stored aggregates only');
      return;
    }
    await ensureTopics(this.kafka, [{ topic: this.config.EVALUATOR_KPI_TOPIC, numPartitions: this.config.EVALUATOR_KPI_TOPIC_PARTITIONS }]);
    await this.kpiTopic.connect();
    this.readiness.register('consumer', () =>
      Promise.resolve({
        up: this.consumer.isConnected() && !this.consumer.isPaused(),
        detail: { joined: this.consumer.isConnected(), paused: this.consumer.isPaused() },
      }),
    );
    await this.consumer.start();
    this.scheduleRetention();
    this.log.info({ topic: this.config.EVALUATOR_INPUT_TOPIC, groupId: this.config.EVALUATOR_GROUP_ID }, 'evaluating');
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    clearInterval(this.retentionTimer);
    if (!this.config.EVALUATOR_CONSUME) {
      return;
    }
    this.log.info({ signal }, 'stopping: finishing the chunk in hand');
    await this.consumer.stop();
    await this.publication.flush();
    await this.kpiTopic.disconnect();
    this.log.info('consumer stopped cleanly');
  }

  // Housekeeping, not recomputation: applied-event keys older than the retention are deleted hourly.
  private scheduleRetention(): void {
    const days = this.config.EVALUATOR_DEDUPE_RETENTION_DAYS;
    this.retentionTimer = setInterval(() => {
      this.repository.forgetAppliedBefore(new Date(Date.now() - days * 86_400_000)).then(
        (n) => n > 0 && this.log.info({ forgotten: n, days }, 'old applied-event keys deleted'),
        (error: unknown) => this.log.warn({ err: error }, 'could not delete old applied-event keys'),
      );
    }, 3_600_000);
    this.retentionTimer.unref();
  }
}

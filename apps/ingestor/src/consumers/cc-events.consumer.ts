import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import type { IngestorConfig } from '@vahti/config';
import { createEventValidator } from '@vahti/contracts';
import { createPseudonymiser } from '@vahti/ingestion';
import { BatchConsumer, DeadLetterPublisher, KAFKA, type KafkaClient, ensureTopics } from '@vahti/messaging';
import { ReadinessRegistry } from '@vahti/observability';
import { DatabaseUnavailableError, EventStoreRepository } from '@vahti/persistence';
import { INGESTOR_CONFIG } from '../ingestor-config';
import { IngestMetrics } from '../ingest-metrics';
import { IngestBatchUseCase } from '../use-cases/ingest-batch/ingest-batch.use-case';

/**
 * Thin adapter: owns the input-topic consumer and the dead-letter producer, and hands each chunk
 * of records to the use case. Started after the whole app is wired, stopped before it is torn down.
 */
@Injectable()
export class CcEventsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: BatchConsumer;
  private readonly deadLetters: DeadLetterPublisher;
  private readonly ingest: IngestBatchUseCase;

  constructor(
    @Inject(INGESTOR_CONFIG) private readonly config: IngestorConfig,
    @Inject(KAFKA) private readonly kafka: KafkaClient,
    private readonly events: EventStoreRepository,
    private readonly metrics: IngestMetrics,
    private readonly readiness: ReadinessRegistry,
    private readonly log: PinoLogger,
  ) {
    log.setContext('CcEventsConsumer');
    this.deadLetters = new DeadLetterPublisher(kafka, config.INGEST_DLQ_TOPIC, 'vahti-ingestor');
    this.ingest = new IngestBatchUseCase(
      {
        append: (rows) => events.append(rows),
        deadLetter: (letters, now) => this.deadLetters.publish(letters, now),
        metrics,
        clock: () => new Date(),
      },
      {
        validate: createEventValidator(),
        pseudonymise: createPseudonymiser(config.PSEUDONYMISATION_KEY),
        maxEventBytes: config.INGEST_MAX_EVENT_BYTES,
        maxFutureSkewMs: config.INGEST_MAX_FUTURE_SKEW_SECONDS * 1000,
      },
    );
    this.consumer = new BatchConsumer(
      kafka,
      {
        groupId: config.INGEST_GROUP_ID,
        topic: config.INGEST_TOPIC,
        chunkSize: config.INGEST_WRITE_CHUNK,
        maxBytesPerPartition: config.INGEST_MAX_BYTES_PER_PARTITION,
        partitionsConsumedConcurrently: config.INGEST_PARTITIONS_CONCURRENTLY,
        recoveryIntervalMs: 1000,
        sessionTimeoutMs: config.INGEST_SESSION_TIMEOUT_MS,
      },
      {
        onChunk: async (records) => {
          const summary = await this.ingest.execute(records);
          const fields = { ...summary, records: records.length, partition: records[0]?.partition, firstOffset: records[0]?.offset };
          // Dead letters are worth a line each time; clean chunks only when debugging.
          if (summary.deadLettered > 0) {
            this.log.warn(fields, `chunk ingested; ${summary.deadLettered} record(s) dead-lettered to ${this.config.INGEST_DLQ_TOPIC}`);
          } else {
            this.log.debug(fields, 'chunk ingested');
          }
        },
        isRetryLater: (error) => error instanceof DatabaseUnavailableError,
        probe: () => this.events.ping(),
        onLag: (partition, lag) => this.metrics.lag.set({ partition: String(partition) }, lag),
        // Only partitions this instance owns keep a lag series; another instance reports the rest.
        onAssigned: (partitions) => {
          this.metrics.lag.reset();
          this.log.info({ partitions }, 'partitions assigned');
        },
        onPauseChange: (paused, cause) => {
          this.metrics.paused.set(paused ? 1 : 0);
          if (paused) {
            this.log.warn({ err: cause }, 'PostgreSQL unavailable: consumption paused, nothing committed');
          } else {
            this.log.info('PostgreSQL reachable again: consumption resumed');
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
    await ensureTopics(this.kafka, [
      { topic: this.config.INGEST_TOPIC, numPartitions: this.config.INGEST_TOPIC_PARTITIONS },
      { topic: this.config.INGEST_DLQ_TOPIC, numPartitions: this.config.INGEST_TOPIC_PARTITIONS },
    ]);
    await this.deadLetters.connect();
    this.readiness.register('consumer', () =>
      Promise.resolve({
        up: this.consumer.isConnected() && !this.consumer.isPaused(),
        detail: { joined: this.consumer.isConnected(), paused: this.consumer.isPaused() },
      }),
    );
    await this.consumer.start();
    this.log.info({ topic: this.config.INGEST_TOPIC, groupId: this.config.INGEST_GROUP_ID }, 'consuming');
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.log.info({ signal }, 'stopping: finishing the chunk in hand');
    await this.consumer.stop();
    await this.deadLetters.disconnect();
    this.log.info('consumer stopped cleanly');
  }
}

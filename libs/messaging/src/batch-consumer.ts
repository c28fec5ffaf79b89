import type { Consumer, EachBatchPayload, KafkaMessage, Kafka } from 'kafkajs';
import type { ConsumedRecord } from './consumed-record';

export interface BatchConsumerOptions {
  groupId: string;
  topic: string;
  /** Records handed to `onChunk` at once; offsets are committed and a heartbeat sent after each. */
  chunkSize: number;
  maxBytesPerPartition: number;
  partitionsConsumedConcurrently: number;
  /** How often `probe` is retried while paused. */
  recoveryIntervalMs: number;
  sessionTimeoutMs: number;
}

export interface BatchConsumerHandlers {
  /** Processes records of one partition, in order. Throwing a retry-later error pauses the topic. */
  onChunk(records: ConsumedRecord[]): Promise<void>;
  /** Tells whether an error from `onChunk` means "a dependency is down": pause instead of crash. */
  isRetryLater(error: unknown): boolean;
  /** Resolves when the dependency that caused a pause is back. */
  probe(): Promise<void>;
  onLag?(partition: number, lag: number): void;
  /** After every rebalance: the partitions of the topic this member now owns. */
  onAssigned?(partitions: number[]): void;
  onPauseChange?(paused: boolean, cause?: unknown): void;
  /** kafkajs gave up and will not restart the consumer by itself. */
  onFatal?(error: unknown): void;
}

/** How long start() waits for a topic that does not exist yet, and how often it asks. */
const TOPIC_WAIT_MS = 60_000;
const TOPIC_WAIT_STEP_MS = 1000;
/**
 * A kafkajs consumer group member built for batch work: `eachBatch` with explicit offset
 * resolution, a commit after every processed chunk (never before the handler succeeded), a
 * heartbeat between chunks so long batches do not get the member evicted (kafkajs#447), and
 * pause/resume when a downstream dependency is unavailable.
 */
export class BatchConsumer {
  private readonly consumer: Consumer;
  private joined = false;
  private crashed = false;
  private recovering = false;
  private stopping = false;

  constructor(
    kafka: Kafka,
    private readonly options: BatchConsumerOptions,
    private readonly handlers: BatchConsumerHandlers,
  ) {
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      maxBytesPerPartition: options.maxBytesPerPartition,
      sessionTimeout: options.sessionTimeoutMs,
      heartbeatInterval: Math.floor(options.sessionTimeoutMs / 10),
      maxBytes: options.maxBytesPerPartition * 4,
      allowAutoTopicCreation: false,
      // A fetch long-polls up to this long and a stop waits for it: keep shutdowns quick.
      maxWaitTimeInMs: 1000,
      retry: { retries: 10, initialRetryTime: 300, maxRetryTime: 10000 },
    });
    const { GROUP_JOIN, CRASH, DISCONNECT, STOP } = this.consumer.events;
    this.consumer.on(GROUP_JOIN, (event) => {
      this.joined = true;
      this.crashed = false;
      this.handlers.onAssigned?.(event.payload.memberAssignment[options.topic] ?? []);
    });
    this.consumer.on(DISCONNECT, () => (this.joined = false));
    this.consumer.on(STOP, () => (this.joined = false));
    this.consumer.on(CRASH, (event) => {
      this.joined = false;
      this.crashed = true;
      if (!event.payload.restart && !this.stopping) {
        this.handlers.onFatal?.(event.payload.error);
      }
    });
  }

  /** Connects, subscribes and starts consuming; returns once the run loop is started. */
  async start(): Promise<void> {
    await this.consumer.connect();
    await this.subscribeOnceTheTopicExists();
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  // A topic that another service is creating right now (the ingestor, started beside the evaluator)
  // is briefly unknown to the broker (kafkajs#1618): wait for it instead of failing start-up, and
  // after a minute fail with the topic's name.
  private async subscribeOnceTheTopicExists(): Promise<void> {
    for (let waited = 0; ; waited += TOPIC_WAIT_STEP_MS) {
      try {
        await this.consumer.subscribe({ topics: [this.options.topic], fromBeginning: true });
        return;
      } catch (error) {
        if ((error as { type?: unknown }).type !== 'UNKNOWN_TOPIC_OR_PARTITION' || this.stopping) {
          throw error;
        }
        if (waited >= TOPIC_WAIT_MS) {
          throw new Error(
            `topic ${this.options.topic} does not exist (waited ${TOPIC_WAIT_MS / 1000} s): create it, or start the service that does`,
            {
              cause: error,
            },
          );
        }
        await new Promise((done) => setTimeout(done, TOPIC_WAIT_STEP_MS));
      }
    }
  }

  /** Finishes the chunk in hand, commits it, leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer.disconnect();
  }

  /** True while this member is in the group and not crashed. */
  isConnected(): boolean {
    return this.joined && !this.crashed;
  }

  /** True while consumption is paused for a dependency outage. */
  isPaused(): boolean {
    return this.recovering;
  }

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const { topic, partition, messages } = batch;
    for (let start = 0; start < messages.length; start += this.options.chunkSize) {
      if (!isRunning() || isStale() || this.recovering) {
        return; // unresolved records are fetched again from the last committed offset
      }
      const chunk = messages.slice(start, start + this.options.chunkSize);
      try {
        await this.handlers.onChunk(chunk.map((m) => toRecord(topic, partition, m)));
      } catch (error) {
        if (this.handlers.isRetryLater(error)) {
          this.pauseUntilRecovered(error);
          return;
        }
        throw error;
      }
      const last = chunk[chunk.length - 1]!.offset;
      resolveOffset(last);
      // Kafka's committed offset is the next one to read, hence + 1 (kafkajs#540). The payload's
      // commit is used because consumer.commitOffsets silently does nothing once stop() has begun,
      // which would leave the chunk that a SIGTERM let finish stored but uncommitted.
      const next = (BigInt(last) + 1n).toString();
      await commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset: next }] }] });
      this.handlers.onLag?.(partition, Number(BigInt(batch.highWatermark) - BigInt(last) - 1n));
      await heartbeat();
    }
  }

  private pauseUntilRecovered(cause: unknown): void {
    if (this.recovering) {
      return;
    }
    this.recovering = true;
    this.consumer.pause([{ topic: this.options.topic }]);
    this.handlers.onPauseChange?.(true, cause);
    const attempt = (): void => {
      if (this.stopping) {
        return;
      }
      this.handlers.probe().then(
        () => {
          this.recovering = false;
          this.consumer.resume([{ topic: this.options.topic }]);
          this.handlers.onPauseChange?.(false);
        },
        () => void setTimeout(attempt, this.options.recoveryIntervalMs),
      );
    };
    setTimeout(attempt, this.options.recoveryIntervalMs);
  }
}

function toRecord(topic: string, partition: number, m: KafkaMessage): ConsumedRecord {
  return {
    topic,
    partition,
    offset: m.offset,
    key: m.key,
    value: m.value,
    timestamp: m.timestamp,
    headers: (m.headers ?? {}) as ConsumedRecord['headers'],
  };
}

import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import { partitionKey, type VahtiEvent } from '@vahti/contracts';

/** Limits of one produce request; Kafka refuses requests above message.max.bytes (1 MiB by default). */
export interface EventPublisherOptions {
  maxBatchEvents?: number;
  maxBatchBytes?: number;
}

/**
 * Publishes contract events keyed by `partitionKey(event)` (the ingestor's ordering rule), JSON
 * valued, in batches acknowledged by all in-sync replicas. `publish` resolves at once unless the
 * batch is full, in which case it waits for the send: callers that await it get backpressure.
 */
export class EventPublisher {
  private readonly producer: Producer;
  private readonly maxBatchEvents: number;
  private readonly maxBatchBytes: number;
  private batch: Message[] = [];
  private batchBytes = 0;
  private sentCount = 0;

  constructor(
    kafka: Kafka,
    private readonly topic: string,
    options: EventPublisherOptions = {},
  ) {
    this.maxBatchEvents = options.maxBatchEvents ?? 1000;
    this.maxBatchBytes = options.maxBatchBytes ?? 512 * 1024;
    this.producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  /** Events acknowledged by the cluster so far. */
  get sent(): number {
    return this.sentCount;
  }

  /** Adds one event to the batch; `value` may be passed when the caller already has its JSON. */
  async publish(event: VahtiEvent, value: string = JSON.stringify(event)): Promise<void> {
    const bytes = Buffer.byteLength(value);
    if (this.batch.length > 0 && this.batchBytes + bytes > this.maxBatchBytes) {
      await this.flush();
    }
    this.batch.push({ key: partitionKey(event), value });
    this.batchBytes += bytes;
    if (this.batch.length >= this.maxBatchEvents) {
      await this.flush();
    }
  }

  /** Sends the pending batch and waits for its acknowledgement. */
  async flush(): Promise<void> {
    if (this.batch.length === 0) {
      return;
    }
    const messages = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    await this.producer.send({ topic: this.topic, acks: -1, messages });
    this.sentCount += messages.length;
  }

  /** Disconnects; call `flush()` first, pending events are not sent. */
  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}

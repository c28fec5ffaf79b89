import { type Kafka, type Message, Partitioners, type Producer } from 'kafkajs';

export interface KeyedRecord {
  readonly key: string;
  readonly value: string;
}

/** Sends keyed JSON records to one topic in size-capped requests, acknowledged by all in-sync replicas. */
export class RecordPublisher {
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly topic: string,
    private readonly maxRequestBytes = 512 * 1024,
  ) {
    // The default (murmur2, Java-compatible) partitioner, chosen explicitly: kafkajs warns otherwise.
    this.producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }

  /** Sends all records; resolves when every request is acknowledged. */
  async publish(records: readonly KeyedRecord[]): Promise<void> {
    let batch: Message[] = [];
    let bytes = 0;
    for (const record of records) {
      const size = Buffer.byteLength(record.value) + Buffer.byteLength(record.key);
      if (batch.length > 0 && bytes + size > this.maxRequestBytes) {
        await this.send(batch);
        batch = [];
        bytes = 0;
      }
      batch.push({ key: record.key, value: record.value });
      bytes += size;
    }
    if (batch.length > 0) {
      await this.send(batch);
    }
  }

  private async send(messages: Message[]): Promise<void> {
    await this.producer.send({ topic: this.topic, acks: -1, messages });
  }
}

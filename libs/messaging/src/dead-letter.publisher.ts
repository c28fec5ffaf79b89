import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import type { ConsumedRecord } from './consumed-record';

/** A record that could not be accepted, with the reason the operator will read. */
export interface DeadLetter {
  record: ConsumedRecord;
  reason: string;
  detail: string;
  /** The event type when it could be read; lets operators see which producer is at fault. */
  eventType?: string;
}

/** Header names on dead-letter records; the value is the original bytes, untouched. */
export const DEAD_LETTER_HEADERS = {
  reason: 'vahti.dlq.reason',
  detail: 'vahti.dlq.detail',
  topic: 'vahti.dlq.source.topic',
  partition: 'vahti.dlq.source.partition',
  offset: 'vahti.dlq.source.offset',
  failedAt: 'vahti.dlq.failed.at',
  service: 'vahti.dlq.service',
  eventType: 'vahti.dlq.event.type',
  truncatedFrom: 'vahti.dlq.truncated.from.bytes',
} as const;

// Kafka refuses a produce request whose record batch exceeds message.max.bytes (1 MiB by default):
// send dead letters in requests below that, and cut a single value that could not fit at all.
const MAX_REQUEST_BYTES = 512 * 1024;
const MAX_VALUE_BYTES = 900 * 1024;

/** Publishes dead letters with acks from all in-sync replicas before the source offset is committed. */
export class DeadLetterPublisher {
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly topic: string,
    private readonly service: string,
  ) {
    // Not idempotent: a failed chunk is retried as a whole anyway, so dead letters are at-least-once.
    this.producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }

  /** Sends dead letters in as few requests as the broker's size limit allows; resolves once all are durable. */
  async publish(letters: readonly DeadLetter[], now: Date): Promise<void> {
    if (letters.length === 0) {
      return;
    }
    let request: Message[] = [];
    let requestBytes = 0;
    for (const letter of letters) {
      const message = this.toMessage(letter, now);
      const size = letter.record.value?.length ?? 0;
      if (request.length > 0 && requestBytes + size > MAX_REQUEST_BYTES) {
        await this.send(request);
        request = [];
        requestBytes = 0;
      }
      request.push(message);
      requestBytes += size;
    }
    await this.send(request);
  }

  private async send(messages: Message[]): Promise<void> {
    if (messages.length > 0) {
      await this.producer.send({ topic: this.topic, acks: -1, messages });
    }
  }

  private toMessage({ record, reason, detail, eventType }: DeadLetter, now: Date): Message {
    const value = record.value;
    const tooLarge = value !== null && value.length > MAX_VALUE_BYTES;
    return {
      key: record.key,
      value: tooLarge ? value.subarray(0, MAX_VALUE_BYTES) : value,
      headers: {
        ...record.headers,
        [DEAD_LETTER_HEADERS.reason]: reason,
        [DEAD_LETTER_HEADERS.detail]: detail.slice(0, 1000),
        [DEAD_LETTER_HEADERS.topic]: record.topic,
        [DEAD_LETTER_HEADERS.partition]: String(record.partition),
        [DEAD_LETTER_HEADERS.offset]: record.offset,
        [DEAD_LETTER_HEADERS.failedAt]: now.toISOString(),
        [DEAD_LETTER_HEADERS.service]: this.service,
        ...(eventType !== undefined ? { [DEAD_LETTER_HEADERS.eventType]: eventType.slice(0, 200) } : {}),
        ...(tooLarge ? { [DEAD_LETTER_HEADERS.truncatedFrom]: String(value.length) } : {}),
      },
    };
  }
}

import { Kafka, Partitioners, logLevel, type IHeaders, type Producer } from 'kafkajs';
import { testEnvironment } from '../test-environment';

/** A raw record to produce: tests send bytes, not typed events, so they can send garbage too. */
export interface RawMessage {
  key: string | Buffer | null;
  value: string | Buffer | null;
  headers?: IHeaders;
}

/** A record read back, with headers decoded to strings. */
export interface ReadRecord {
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/** kafkajs client for test code against the test cluster. */
export function testKafka(clientId = 'vahti-test', brokers = testEnvironment.kafkaBrokers): Kafka {
  return new Kafka({ clientId, brokers: brokers.split(','), logLevel: logLevel.NOTHING });
}

/** Creates a topic and waits for its leaders. */
export async function createTopic(kafka: Kafka, topic: string, numPartitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions }] });
  } finally {
    await admin.disconnect();
  }
}

/** Produces messages in batches of `batchSize`, keyed as given; resolves when all are acknowledged. */
export async function produceAll(kafka: Kafka, topic: string, messages: readonly RawMessage[], batchSize = 1000): Promise<void> {
  const producer: Producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += batchSize) {
      await producer.send({ topic, acks: -1, messages: messages.slice(i, i + batchSize).map((m) => ({ ...m })) });
    }
  } finally {
    await producer.disconnect();
  }
}

/** Reads a topic from the beginning until `count` records arrived or the timeout passed. */
export async function readTopic(kafka: Kafka, topic: string, count: number, timeoutMs = 60000): Promise<ReadRecord[]> {
  const consumer = kafka.consumer({ groupId: `reader-${topic}-${Date.now()}-${Math.random()}` });
  const records: ReadRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`read ${records.length} of ${count} records from ${topic} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: ({ partition, message }) => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(message.headers ?? {})) {
            headers[k] = Array.isArray(v) ? v.map(String).join(',') : String(v);
          }
          records.push({ partition, offset: message.offset, key: message.key?.toString() ?? null, value: message.value, headers });
          if (records.length >= count) {
            clearTimeout(timer);
            resolve();
          }
          return Promise.resolve();
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}

/** Sum over partitions of (high watermark − committed offset) for a group: 0 when it read everything. */
export async function groupLag(kafka: Kafka, groupId: string, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [ends, committed] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId, topics: [topic] })]);
    const byPartition = new Map(committed[0]?.partitions.map((p) => [p.partition, Number(p.offset)]) ?? []);
    return ends.reduce((sum, p) => sum + Number(p.high) - Math.max(0, byPartition.get(p.partition) ?? 0), 0);
  } finally {
    await admin.disconnect();
  }
}

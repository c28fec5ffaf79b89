// The reference of every benchmark: how fast a bare kafkajs eachBatch consumer only reads a topic,
// measured in the same run on the same machine.
import { testKafka, uniqueSuffix } from '@vahti/testing';

/** Reads the whole topic with a bare kafkajs eachBatch consumer; returns events/s from first to last record. */
export async function rawConsumerRate(topic: string, total: number): Promise<number> {
  const kafka = testKafka('bench-raw');
  const consumer = kafka.consumer({ groupId: `bench-raw-${uniqueSuffix()}`, maxBytesPerPartition: 4194304, maxBytes: 16777216 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  let firstBatch = 0;
  let first = 0n;
  let last = 0n;
  await new Promise<void>((resolve) => {
    void consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
        if (seen === 0) {
          // The clock starts when the first batch arrives, so that batch is not counted.
          first = process.hrtime.bigint();
          firstBatch = batch.messages.length;
        }
        seen += batch.messages.length;
        resolveOffset(batch.lastOffset());
        await heartbeat();
        if (seen >= total) {
          last = process.hrtime.bigint();
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return ((seen - firstBatch) * 1e9) / Number(last - first);
}

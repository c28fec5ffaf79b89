// Kafka output: replays a spooled NDJSON run to a topic, keyed by partitionKey (EventPublisher),
// paced against the wall clock when a speed is given. Reading the spool line by line with awaited
// sends gives backpressure: memory holds one batch, never the run.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { VahtiEvent } from '@vahti/contracts';
import type { SimulatorConfig } from '@vahti/config';
import { EventPublisher, createKafka, ensureTopics, type LogSink } from '@vahti/messaging';
import { sleep, type Pacer } from './pacer';
import type { Progress } from './progress';

/** Kafka client log lines that matter (warnings and errors) go to stderr. */
const stderrLog: LogSink = {
  error: (fields, msg) => process.stderr.write(`kafka error: ${msg} ${JSON.stringify(fields)}\n`),
  warn: (fields, msg) => process.stderr.write(`kafka warning: ${msg} ${JSON.stringify(fields)}\n`),
  info: () => undefined,
  debug: () => undefined,
};

/** Publishes every line of `spoolFile` to `topic` (created when missing); returns the events sent. */
export async function publishSpool(
  spoolFile: string,
  config: SimulatorConfig,
  topic: string,
  pacer: Pacer,
  progress: Progress,
): Promise<number> {
  const kafka = createKafka(config, `${config.KAFKA_CLIENT_ID}-simulator`, stderrLog);
  await ensureTopics(kafka, [{ topic, numPartitions: config.SIM_TOPIC_PARTITIONS }]);
  const publisher = new EventPublisher(kafka, topic);
  await publisher.connect();
  const lines = createInterface({ input: createReadStream(spoolFile, { encoding: 'utf8' }), crlfDelay: Infinity });
  // A paced run sends few events a second and may wait minutes for the next: report on a timer too.
  const timer = setInterval(() => progress.report(), 1000);
  try {
    for await (const line of lines) {
      const event = JSON.parse(line) as VahtiEvent;
      const delay = pacer.delayFor(Date.parse(event.time));
      if (delay > 0) {
        // Everything held so far is due: send it, then wait for this event's time.
        await publisher.flush();
        await sleep(delay);
      }
      await publisher.publish(event, line);
      progress.tick(event.time);
    }
    await publisher.flush();
    return publisher.sent;
  } finally {
    clearInterval(timer);
    lines.close();
    await publisher.disconnect();
  }
}

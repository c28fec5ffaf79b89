import { readFileSync } from 'node:fs';
import { Kafka, logLevel, type KafkaConfig as KafkaJsConfig, type SASLOptions } from 'kafkajs';
import type { KafkaConfig } from '@vahti/config';

/** Where kafkajs log lines go; any structured logger fits. */
export interface LogSink {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

/** Builds a kafkajs client from validated settings (brokers, TLS, SASL), logging into `log`. */
export function createKafka(config: KafkaConfig, clientId: string, log: LogSink): Kafka {
  const options: KafkaJsConfig = {
    clientId,
    brokers: config.KAFKA_BROKERS.split(','),
    connectionTimeout: config.KAFKA_CONNECTION_TIMEOUT_MS,
    ssl: config.KAFKA_SSL
      ? {
          rejectUnauthorized: config.KAFKA_SSL_REJECT_UNAUTHORIZED,
          ...(config.KAFKA_SSL_CA_FILE ? { ca: [readFileSync(config.KAFKA_SSL_CA_FILE, 'utf8')] } : {}),
        }
      : false,
    sasl: sasl(config),
    // Retry forever-ish with a cap on backoff: a broker restart must not kill the consumer.
    retry: { initialRetryTime: 300, maxRetryTime: 10000, retries: 10 },
    logLevel: logLevel.WARN,
    logCreator: () => (entry) => {
      const { message, ...rest } = entry.log;
      const fields = { ...rest, kafkaNamespace: entry.namespace };
      switch (routineError(entry.level, message)) {
        case logLevel.ERROR:
          return log.error(fields, message);
        case logLevel.WARN:
          return log.warn(fields, message);
        case logLevel.INFO:
          return log.info(fields, message);
        case logLevel.DEBUG:
        case logLevel.NOTHING:
          return log.debug(fields, message);
      }
    },
  };
  return new Kafka(options);
}

// kafkajs logs these at ERROR although they are routine and it recovers by itself: a fresh broker
// creating its offsets topic, and every rebalance. At WARN they stay visible without paging anyone.
const ROUTINE = [/group coordinator is not available/i, /group is rebalancing/i, /not aware of this member/i];

function routineError(level: logLevel, message: string): logLevel {
  return level === logLevel.ERROR && ROUTINE.some((r) => r.test(message)) ? logLevel.WARN : level;
}

function sasl(config: KafkaConfig): SASLOptions | undefined {
  if (!config.KAFKA_SASL_MECHANISM) {
    return undefined;
  }
  const username = config.KAFKA_SASL_USERNAME ?? '';
  const password = config.KAFKA_SASL_PASSWORD ?? '';
  switch (config.KAFKA_SASL_MECHANISM) {
    case 'plain':
      return { mechanism: 'plain', username, password };
    case 'scram-sha-256':
      return { mechanism: 'scram-sha-256', username, password };
    case 'scram-sha-512':
      return { mechanism: 'scram-sha-512', username, password };
  }
}

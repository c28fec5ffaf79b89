import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import { PinoLogger } from 'nestjs-pino';
import type { KafkaConfig } from '@vahti/config';
import { ReadinessRegistry } from '@vahti/observability';
import { createKafka, type LogSink } from './kafka-client';

/** Injection token of the app's kafkajs client. */
export const KAFKA = Symbol('KAFKA');

/** Registers a "kafka" readiness probe that asks the cluster for its metadata. */
@Injectable()
class KafkaReadiness implements OnModuleInit, OnApplicationShutdown {
  private admin: Admin | undefined;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    private readonly readiness: ReadinessRegistry,
  ) {}

  onModuleInit(): void {
    this.readiness.register('kafka', async () => {
      // One long-lived admin connection: a new one per probe would churn broker connections.
      this.admin ??= this.kafka.admin();
      await this.admin.connect();
      const cluster = await this.admin.describeCluster();
      return { up: true, detail: { brokers: cluster.brokers.length } };
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect();
  }
}

/** The kafkajs client of one app, logging through pino. */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(config: KafkaConfig, clientId: string): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        {
          provide: KAFKA,
          inject: [PinoLogger],
          useFactory: (log: PinoLogger) => {
            log.setContext('kafkajs');
            const sink: LogSink = {
              error: (o, m) => log.error(o, m),
              warn: (o, m) => log.warn(o, m),
              info: (o, m) => log.info(o, m),
              debug: (o, m) => log.debug(o, m),
            };
            return createKafka(config, clientId, sink);
          },
        },
        KafkaReadiness,
      ],
      exports: [KAFKA],
    };
  }
}

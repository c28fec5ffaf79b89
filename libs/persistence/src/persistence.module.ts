import { type DynamicModule, Global, Inject, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '@vahti/config';
import { ReadinessRegistry } from '@vahti/observability';
import { createDataSource } from './data-source';
import { connectWithRetry, runMigrations } from './lifecycle';
import { AlerterStateRepository } from './repositories/alerter/alerter-state.repository';
import { DetectorStateRepository } from './repositories/alerter/detector-state.repository';
import { OutboxRepository } from './repositories/alerter/outbox.repository';
import { EvaluatorStateRepository } from './repositories/evaluator-state.repository';
import { EventStoreRepository } from './repositories/event-store.repository';
import { KpiReadRepository } from './repositories/kpi-read.repository';
import { EventHealthRepository } from './repositories/event-health.repository';
import { AlerterRetentionRepository } from './repositories/alerter/alerter-retention.repository';

const DATABASE_OPTIONS = Symbol('DATABASE_OPTIONS');

interface DatabaseOptions {
  config: DatabaseConfig;
  applicationName: string;
}

/** Connects at start-up (retrying while the server starts), migrates when configured, closes at shutdown. */
@Injectable()
class DatabaseLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(DATABASE_OPTIONS) private readonly options: DatabaseOptions,
    private readonly dataSource: DataSource,
    private readonly events: EventStoreRepository,
    private readonly readiness: ReadinessRegistry,
    private readonly log: PinoLogger,
  ) {
    log.setContext('Database');
  }

  async onModuleInit(): Promise<void> {
    await connectWithRetry(this.dataSource, {
      timeoutMs: 60000,
      onRetry: (error, attempt) => this.log.warn({ attempt, err: error }, 'database not reachable yet, retrying'),
    });
    if (this.options.config.DATABASE_RUN_MIGRATIONS) {
      const applied = await runMigrations(this.dataSource);
      this.log.info({ applied }, 'migrations applied');
    }
    this.readiness.register('database', async () => {
      await this.events.ping();
      return { up: true };
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) {
      await this.dataSource.destroy();
    }
  }
}

/** The PostgreSQL pool of one app and the repositories on it. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(config: DatabaseConfig, applicationName: string): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        { provide: DATABASE_OPTIONS, useValue: { config, applicationName } },
        { provide: DataSource, useFactory: () => createDataSource(config, applicationName) },
        { provide: EventStoreRepository, inject: [DataSource], useFactory: (ds: DataSource) => new EventStoreRepository(ds) },
        { provide: EvaluatorStateRepository, inject: [DataSource], useFactory: (ds: DataSource) => new EvaluatorStateRepository(ds) },
        { provide: KpiReadRepository, inject: [DataSource], useFactory: (ds: DataSource) => new KpiReadRepository(ds) },
        { provide: EventHealthRepository, inject: [DataSource], useFactory: (ds: DataSource) => new EventHealthRepository(ds) },
        { provide: AlerterRetentionRepository, inject: [DataSource], useFactory: (ds: DataSource) => new AlerterRetentionRepository(ds) },
        { provide: AlerterStateRepository, inject: [DataSource], useFactory: (ds: DataSource) => new AlerterStateRepository(ds) },
        { provide: OutboxRepository, inject: [DataSource], useFactory: (ds: DataSource) => new OutboxRepository(ds) },
        { provide: DetectorStateRepository, inject: [DataSource], useFactory: (ds: DataSource) => new DetectorStateRepository(ds) },
        DatabaseLifecycle,
      ],
      exports: [
        EventStoreRepository,
        EvaluatorStateRepository,
        KpiReadRepository,
        EventHealthRepository,
        AlerterRetentionRepository,
        AlerterStateRepository,
        OutboxRepository,
        DetectorStateRepository,
      ],
    };
  }
}

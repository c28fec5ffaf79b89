import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '@vahti/config';
import { AlertEventEntity } from './entities/alert-event.entity';
import { AlertInstanceEntity } from './entities/alert-instance.entity';
import { DetectorStateEntity } from './entities/detector-state.entity';
import { NotificationLogEntryEntity } from './entities/notification-log-entry.entity';
import { OutboxNotificationEntity } from './entities/outbox-notification.entity';
import { SilenceEntity } from './entities/silence.entity';
import { EvaluatorAppliedEventEntity } from './entities/evaluator-applied-event.entity';
import { EvaluatorFactEntity } from './entities/evaluator-fact.entity';
import { EvaluatorOffsetEntity } from './entities/evaluator-offset.entity';
import { EventEntity } from './entities/event.entity';
import { KpiAggregateEntity } from './entities/kpi-aggregate.entity';
import { KpiPeriodVersionEntity } from './entities/kpi-period-version.entity';
import { CreateEvents1763900000000 } from './migrations/1763900000000-create-events';
import { CreateEvaluatorState1764000000000 } from './migrations/1764000000000-create-evaluator-state';
import { CreateKpiPeriodVersions1764100000000 } from './migrations/1764100000000-create-kpi-period-versions';
import { CreateAlerterState1764200000000 } from './migrations/1764200000000-create-alerter-state';
import { IndexOfferedContacts1764300000000 } from './migrations/1764300000000-index-offered-contacts';

/** Explicit lists, never globs: globs break between ts and compiled js (typeorm#5965). */
export const ENTITIES = [
  EventEntity,
  KpiAggregateEntity,
  EvaluatorOffsetEntity,
  EvaluatorAppliedEventEntity,
  EvaluatorFactEntity,
  KpiPeriodVersionEntity,
  AlertInstanceEntity,
  AlertEventEntity,
  NotificationLogEntryEntity,
  SilenceEntity,
  OutboxNotificationEntity,
  DetectorStateEntity,
];
export const MIGRATIONS = [
  CreateEvents1763900000000,
  CreateEvaluatorState1764000000000,
  CreateKpiPeriodVersions1764100000000,
  CreateAlerterState1764200000000,
  IndexOfferedContacts1764300000000,
];

/** Builds (does not connect) the TypeORM DataSource that owns the pg pool of one process. */
export function createDataSource(config: DatabaseConfig, applicationName: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'vahti_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName,
    extra: {
      max: config.DATABASE_POOL_MAX,
      // Without these a dead server makes queries queue forever (typeorm#3388).
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS,
      // Every query here is short and index-driven; once statistics make a plan look expensive,
      // PostgreSQL's JIT compiles it on each execution (~22 ms of an alerter review's overdue-contacts
      // check on the demo's data, for a query that runs in a few ms without it).
      options: '-c jit=off',
    },
  });
}

export { createDataSource, ENTITIES, MIGRATIONS } from './data-source';
export { DatabaseUnavailableError, isTransientDatabaseError } from './database-unavailable.error';
export { EventEntity } from './entities/event.entity';
export { EventStoreRepository, type AppendResult } from './repositories/event-store.repository';
export { type StoredEventRow } from './repositories/stored-event-row';
export { connectWithRetry, runMigrations } from './lifecycle';
export { PersistenceModule } from './persistence.module';
export { pendingSchemaChanges } from './schema-drift';
export { EvaluatorStateRepository } from './repositories/evaluator-state.repository';
export { EvaluatorStateTransaction } from './repositories/evaluator-state.transaction';
export type { AggregateRecord, AggregateRowKey, AppliedEventKey, StoredAggregate, WindowQuery } from './repositories/aggregate-record';
export {
  KpiReadRepository,
  type CounterSum,
  type CounterSumQuery,
  type IntervalRow,
  type StoredSketch,
} from './repositories/kpi-read.repository';
export { EventHealthRepository, type EventHealthQuery } from './repositories/event-health.repository';
export { AlerterStateRepository, type AlertFilter, type OpenAlertCount } from './repositories/alerter/alerter-state.repository';
export { AlerterStateTransaction } from './repositories/alerter/alerter-state.transaction';
export { OutboxRepository } from './repositories/alerter/outbox.repository';
export { AlerterRetentionRepository, type PrunedRows } from './repositories/alerter/alerter-retention.repository';
export type { AttemptRecord, ClaimedNotification, OutboxBacklog, OutboxEntry } from './repositories/alerter/outbox-record';
export { DetectorStateRepository } from './repositories/alerter/detector-state.repository';
export { DetectorStateStatements, type DetectorState } from './repositories/alerter/detector-state.statements';

export { createDataSource, ENTITIES, MIGRATIONS } from './data-source';
export { DatabaseUnavailableError, isTransientDatabaseError } from './database-unavailable.error';
export { EventEntity } from './entities/event.entity';
export { EventStoreRepository, type AppendResult } from './repositories/event-store.repository';
export { type StoredEventRow } from './repositories/stored-event-row';
export { connectWithRetry, runMigrations } from './lifecycle';
export { PersistenceModule } from './persistence.module';
export { pendingSchemaChanges } from './schema-drift';

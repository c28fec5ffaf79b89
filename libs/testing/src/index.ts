export { expectEventually } from './expect-eventually';
export { suffixTime, testEnvironment, uniqueSuffix } from './test-environment';
export { adminQuery, createTestDatabase, queryDatabase, withDatabase } from './postgres/test-database';
export { OwnPostgresServer } from './postgres/own-postgres-server';
export { createTopic, groupLag, produceAll, readTopic, testKafka, type RawMessage, type ReadRecord } from './kafka/test-kafka';
export { AppProcess, appEntry } from './process/app-process';
export {
  createEventFactory,
  makeEvent,
  makeInvalidEvent,
  resetEventFactory,
  INVALID_EVENT_VARIANTS,
  type EventFactory,
  type EventFactoryOptions,
  type EventOverrides,
  type InvalidEvent,
  type InvalidEventKind,
  type InvalidEventOptions,
  type InvalidEventVariant,
} from './factories/event.factory';
export { OwnKafkaBroker } from './kafka/own-kafka-broker';
export { loadScenario, simulatedEvents, toMessages } from './simulation/simulated-messages';

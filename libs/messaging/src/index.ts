export { createKafka, type LogSink } from './kafka-client';
export { ensureTopics, type TopicSpec } from './ensure-topics';
export { type ConsumedRecord } from './consumed-record';
export { BatchConsumer, type BatchConsumerHandlers, type BatchConsumerOptions } from './batch-consumer';
export { EventPublisher, type EventPublisherOptions } from './event-publisher';
export { DeadLetterPublisher, DEAD_LETTER_HEADERS, type DeadLetter } from './dead-letter.publisher';
export { MessagingModule, KAFKA } from './messaging.module';
export type { Kafka as KafkaClient } from 'kafkajs';
export { RecordPublisher, type KeyedRecord } from './record-publisher';

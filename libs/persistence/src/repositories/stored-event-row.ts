import type { NormalisedEvent } from '@vahti/ingestion';

/** One event as the event store receives it: a normalised event plus where it was read from. */
export type StoredEventRow = NormalisedEvent & {
  kafkaPartition: number;
  kafkaOffset: string;
};

/** Column order shared by the COPY encoder and the INSERT … SELECT that follows it. */
export const STORED_EVENT_COLUMNS = [
  'tenant_id',
  'source',
  'event_id',
  'type',
  'occurred_at',
  'queue_id',
  'channel',
  'agent_id',
  'team_id',
  'contact_id',
  'customer_ref',
  'contact_reason',
  'subject',
  'data',
  'kafka_partition',
  'kafka_offset',
] as const;

/** One event as the event store receives it: columns already extracted, data already pseudonymised. */
export interface StoredEventRow {
  tenantId: string;
  source: string;
  eventId: string;
  type: string;
  /** RFC 3339 timestamp, passed to PostgreSQL as text. */
  occurredAt: string;
  queueId: string | null;
  channel: string | null;
  agentId: string | null;
  teamId: string | null;
  contactId: string | null;
  customerRef: string | null;
  contactReason: string | null;
  subject: string | null;
  /** JSON text of the (pseudonymised) data object. */
  data: string;
  kafkaPartition: number;
  kafkaOffset: string;
}

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

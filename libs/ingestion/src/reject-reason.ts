/**
 * Why a record was dead-lettered. Operators filter the dead-letter topic and the
 * `vahti_ingestor_events_dead_lettered_total{reason}` metric by these codes.
 */
export const REJECT_REASONS = [
  'missing_value', // tombstone or empty record
  'oversize', // larger than INGEST_MAX_EVENT_BYTES
  'invalid_encoding', // not UTF-8
  'malformed_json',
  'envelope_invalid', // not a CloudEvents 1.0 envelope with tenantid
  'unknown_type', // type (or its version) not in contract v1
  'schema_violation', // data does not match the type's schema
  'unsupported_content', // NUL characters, which PostgreSQL text and jsonb cannot store
  'timestamp_in_future', // `time` beyond the allowed clock skew
  'storage_rejected', // the database refused this one row
] as const;

export type RejectReason = (typeof REJECT_REASONS)[number];

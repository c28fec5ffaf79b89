import type { StoredEventRow } from './stored-event-row';

// COPY text format: tab-separated, \N for NULL, and backslash, tab, newline and carriage return
// escaped. The regexp test first keeps the common case (nothing to escape) allocation-free.
const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function field(value: string | null): string {
  if (value === null) {
    return '\\N';
  }
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : value;
}

/** Encodes rows as one COPY text-format chunk, in STORED_EVENT_COLUMNS order. */
export function encodeCopyText(rows: readonly StoredEventRow[]): string {
  let out = '';
  for (const r of rows) {
    out +=
      field(r.tenantId) +
      '\t' +
      field(r.source) +
      '\t' +
      field(r.eventId) +
      '\t' +
      field(r.type) +
      '\t' +
      field(r.occurredAt) +
      '\t' +
      field(r.queueId) +
      '\t' +
      field(r.channel) +
      '\t' +
      field(r.agentId) +
      '\t' +
      field(r.teamId) +
      '\t' +
      field(r.contactId) +
      '\t' +
      field(r.customerRef) +
      '\t' +
      field(r.contactReason) +
      '\t' +
      field(r.subject) +
      '\t' +
      field(r.data) +
      '\t' +
      String(r.kafkaPartition) +
      '\t' +
      r.kafkaOffset +
      '\n';
  }
  return out;
}

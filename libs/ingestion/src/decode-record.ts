import { isUtf8 } from 'node:buffer';
import { personalDataFields, type VahtiEvent, type ValidationResult } from '@vahti/contracts';
import type { RejectReason } from './reject-reason';
import type { Pseudonymiser } from './pseudonymiser';

/** An event ready for the event store: index columns extracted, personal data pseudonymised. */
export interface NormalisedEvent {
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
}

export type DecodeFailure = { ok: false; reason: RejectReason; detail: string; type?: string };

/** A validated event with its personal data pseudonymised, or why it is refused. */
export type EventOutcome = { ok: true; payload: VahtiEvent } | DecodeFailure;

export type DecodeOutcome =
  { ok: true; event: NormalisedEvent; /** The validated event with personal data pseudonymised. */ payload: VahtiEvent } | DecodeFailure;

export interface DecodeContext {
  validate: (value: unknown) => ValidationResult;
  pseudonymise: Pseudonymiser;
  maxEventBytes: number;
  maxFutureSkewMs: number;
  now: Date;
}

const NUL_ESCAPE = '\\u0000';

/** Turns one record value into a storable event, or says exactly why it cannot be stored. */
export function decodeRecord(value: Buffer | null, ctx: DecodeContext): DecodeOutcome {
  const outcome = decodeEvent(value, ctx);
  return outcome.ok ? { ok: true, event: toStoredForm(outcome.payload), payload: outcome.payload } : outcome;
}

/** The checks of decodeRecord without building the event-store row (for readers that only evaluate). */
export function decodeEvent(value: Buffer | null, ctx: DecodeContext): EventOutcome {
  if (value === null || value.length === 0) {
    return { ok: false, reason: 'missing_value', detail: 'record has no value' };
  }
  if (value.length > ctx.maxEventBytes) {
    return { ok: false, reason: 'oversize', detail: `${value.length} bytes > limit ${ctx.maxEventBytes}` };
  }
  if (!isUtf8(value)) {
    return { ok: false, reason: 'invalid_encoding', detail: 'value is not valid UTF-8' };
  }
  const text = value.toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'malformed_json', detail: (error as Error).message };
  }
  const validation = ctx.validate(parsed);
  if (!validation.ok) {
    const type = typeof (parsed as { type?: unknown })?.type === 'string' ? (parsed as { type: string }).type : undefined;
    return { ok: false, reason: validation.reason, detail: `${validation.field}: ${validation.message}`, type };
  }
  const event = validation.event;
  if (text.includes(NUL_ESCAPE) && containsNul(parsed)) {
    return { ok: false, reason: 'unsupported_content', detail: 'contains a NUL character', type: event.type };
  }
  const occurred = Date.parse(event.time);
  if (occurred - ctx.now.getTime() > ctx.maxFutureSkewMs) {
    return {
      ok: false,
      reason: 'timestamp_in_future',
      detail: `time ${event.time} is more than ${ctx.maxFutureSkewMs / 1000} s ahead of ${ctx.now.toISOString()}`,
      type: event.type,
    };
  }
  return { ok: true, payload: pseudonymised(event, ctx.pseudonymise) };
}

// In place: the event was parsed from this record's bytes and nothing else holds it, so copying
// it first would only feed the garbage collector on the hot path.
function pseudonymised(event: VahtiEvent, pseudonymise: Pseudonymiser): VahtiEvent {
  const data = event.data as Record<string, unknown>;
  for (const field of personalDataFields(event.type)) {
    const raw = data[field];
    if (typeof raw === 'string') {
      data[field] = pseudonymise(event.tenantid, raw);
    }
  }
  return event;
}

function toStoredForm(event: VahtiEvent): NormalisedEvent {
  const data = event.data as Record<string, unknown>;
  return {
    tenantId: event.tenantid,
    source: event.source,
    eventId: event.id,
    type: event.type,
    occurredAt: event.time,
    queueId: text(data.queueId),
    channel: text(data.channel),
    agentId: text(data.agentId),
    teamId: text(data.teamId),
    contactId: text(data.contactId),
    customerRef: text(data.customerId),
    contactReason: text(data.contactReason),
    subject: event.subject ?? null,
    data: JSON.stringify(data),
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') {
    return value.includes('\u0000');
  }
  if (Array.isArray(value)) {
    return value.some(containsNul);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  }
  return false;
}

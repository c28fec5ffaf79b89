// The shared field vocabulary of event `data`. The ingestor extracts index columns from `data`
// by name, so every event type must spell and constrain these fields the same way: build them
// only through these functions, never inline in an event file.
import { Type, type TInteger, type TString, type TNumber, type TUnsafe } from '@sinclair/typebox';
import { PERSONAL_DATA_KEYWORD, UNIT_KEYWORD } from './annotations';

/** Largest duration we accept, in seconds (31 days): anything longer is a unit or clock error. */
export const MAX_DURATION_SECONDS = 31 * 24 * 3600;

// Identifiers come from ACD/WFM/CRM systems with their own formats (numeric, UUID, "sales-fi"),
// so we only forbid whitespace and cap the length, which keeps index columns and keys sane.
const ID_PATTERN = '^\\S+$';

// Codes (reason, disposition, aux reason) are tenant-defined code values, not free text: the
// pattern keeps agent-typed notes, which may hold personal data, out of indexed columns.
const CODE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.:/-]*$';

export const CHANNELS = ['voice', 'chat', 'email', 'messaging', 'callback'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A string enum emitted as JSON Schema `enum` (clearer errors and docs than TypeBox's anyOf of literals). */
export function stringEnum<const T extends readonly string[]>(values: T, description: string): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
}

/** An opaque identifier of a domain object (contact, queue, agent, team, ...). */
export function identifier(description: string): TString {
  return Type.String({ minLength: 1, maxLength: 128, pattern: ID_PATTERN, description });
}

/** A tenant-defined code value such as a contact reason or disposition. */
export function code(description: string): TString {
  return Type.String({ minLength: 1, maxLength: 64, pattern: CODE_PATTERN, description });
}

/** An RFC 3339 timestamp with a time zone offset. */
export function timestamp(description: string): TString {
  return Type.String({ format: 'date-time', maxLength: 64, description });
}

/** A non-negative duration in seconds; the unit is stated in the description and as `x-unit`. */
export function seconds(description: string): TNumber {
  return Type.Number({
    minimum: 0,
    maximum: MAX_DURATION_SECONDS,
    description: `${description} In seconds.`,
    [UNIT_KEYWORD]: 'seconds',
  });
}

/** A non-negative whole count of something (errors, contacts). */
export function count(description: string, maximum: number, unit: string): TInteger {
  return Type.Integer({ minimum: 0, maximum, description, [UNIT_KEYWORD]: unit });
}

/** Identifier of the contact (call, chat, e-mail, message thread); stable across all its events. */
export function contactId(): TString {
  return identifier('Contact identifier, the same on every event of one contact (offered, answered, transferred, ended, survey, QA).');
}

/** Identifier of the agent queue (skill / split) the event belongs to. */
export function queueId(
  description = 'Agent queue (skill, split) the contact is offered in. Offered always means offered to an agent queue, after IVR/bot.',
): TString {
  return identifier(description);
}

/** Identifier of an agent (employee) as known by the ACD/WFM system. */
export function agentId(description = 'Agent (employee) identifier as used by the ACD and WFM systems.'): TString {
  return identifier(description);
}

/** Identifier of the agent's team (supervisor group). */
export function teamId(description = 'Team (supervisor group) of the agent.'): TString {
  return identifier(description);
}

/** The channel of a contact. */
export function channel(): TUnsafe<Channel> {
  return stringEnum(CHANNELS, 'Contact channel. `callback` is an outbound call the centre makes to keep a callback promise.');
}

/** Raw customer identifier (phone number, e-mail address, CRM id); pseudonymised at ingestion. */
export function customerId(): TString {
  return Type.String({
    minLength: 1,
    maxLength: 256,
    description:
      'Raw customer identifier (phone number, e-mail address or CRM id). Personal data: the ingestor replaces it with a keyed per-tenant hash before storage, so repeat contacts stay countable without storing the identifier.',
    [PERSONAL_DATA_KEYWORD]: true,
  });
}

/** Tenant-defined contact reason code (why the customer contacted us). */
export function contactReason(): TString {
  return code(
    "Contact reason code from the tenant's reason tree (e.g. `billing.invoice`). Drives repeat-contact, complaint and failure-demand analysis.",
  );
}

export const INTERVAL_LENGTHS = [15, 30, 60] as const;

/** Length of the planning intervals used by schedules and forecasts. */
export function intervalMinutes(): TUnsafe<(typeof INTERVAL_LENGTHS)[number]> {
  return Type.Unsafe<(typeof INTERVAL_LENGTHS)[number]>({
    type: 'integer',
    enum: [...INTERVAL_LENGTHS],
    description: 'Length of each planning interval. In minutes.',
    [UNIT_KEYWORD]: 'minutes',
  });
}

// Test events built from the contract catalog: the defaults are the catalog's own examples, so a
// factory event is valid by construction and follows the schema when it changes. Ids and times
// come from a counter (never from the clock or Math.random), so every run produces the same events.
import {
  createEventValidator,
  EVENT_CATALOG,
  MAX_EVENT_BYTES,
  type EventOf,
  type EventType,
  type ValidationResult,
} from '@vahti/contracts';

const DEFAULT_START = '2025-03-03T08:00:00.000Z';

export interface EventOverrides<T extends EventType> {
  tenantid?: string;
  id?: string;
  time?: string;
  source?: string;
  subject?: string;
  /** Shallow-merged over the catalog example's data; a field set to `undefined` is removed. */
  data?: Partial<EventOf<T>['data']>;
}

export interface EventFactoryOptions {
  /** Prefix of generated event ids, so two factories never collide. Default `evt`. */
  seed?: string;
  /** Time of the first event; each further event is `stepSeconds` later. */
  startTime?: string;
  stepSeconds?: number;
  tenantid?: string;
}

/** Every way a raw record can be rejected; each kind is also the reject reason the ingestor reports. */
export const INVALID_EVENT_VARIANTS = {
  malformed_json: ['truncated', 'not_json'],
  envelope_invalid: ['missing_specversion', 'bad_tenantid', 'missing_time', 'time_without_offset', 'not_an_object'],
  unknown_type: ['unknown_name', 'unknown_version'],
  schema_violation: ['negative_wait', 'csat_out_of_range', 'unknown_field', 'missing_aux_reason'],
  oversize: ['padded'],
  timestamp_in_future: ['one_day_ahead'],
} as const;

export type InvalidEventKind = keyof typeof INVALID_EVENT_VARIANTS;
export type InvalidEventVariant<K extends InvalidEventKind = InvalidEventKind> = (typeof INVALID_EVENT_VARIANTS)[K][number];

export interface InvalidEventOptions<K extends InvalidEventKind> {
  /** Which flavour of the kind; defaults to the first listed in INVALID_EVENT_VARIANTS. */
  variant?: InvalidEventVariant<K>;
  /** For `oversize`: exact size in bytes of the produced record. Default 64 KiB + 1. */
  sizeBytes?: number;
  /** For `timestamp_in_future`: the ingestor's "now"; the event is one day after it. Default: the real clock. */
  now?: Date;
  tenantid?: string;
}

export interface InvalidEvent<K extends InvalidEventKind = InvalidEventKind> {
  kind: K;
  variant: InvalidEventVariant<K>;
  /** The reject reason the ingestor must report (equal to `kind`). */
  expectedReason: K;
  /** For validator-level kinds: the JSON pointer `createEventValidator` reports. */
  expectedField?: string;
  /** The raw record as text (one line: safe for NDJSON). */
  text: string;
  /** The same record as bytes, as a Kafka message value. */
  buffer: Buffer;
}

export interface EventFactory {
  /** A valid event of `type`; throws if the overrides make it invalid. */
  makeEvent: <T extends EventType>(type: T, overrides?: EventOverrides<T>) => EventOf<T>;
  /** A raw record that must be rejected with `kind` as the reason. */
  makeInvalidEvent: <K extends InvalidEventKind>(kind: K, options?: InvalidEventOptions<K>) => InvalidEvent<K>;
  /** Restarts the id and time counter. */
  reset: () => void;
}

let sharedValidator: ((value: unknown) => ValidationResult) | undefined;

function validate(value: unknown): ValidationResult {
  sharedValidator ??= createEventValidator();
  return sharedValidator(value);
}

function withoutUndefined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

/** A factory with its own counter; use one per suite or script for full determinism. */
export function createEventFactory(options: EventFactoryOptions = {}): EventFactory {
  const seed = options.seed ?? 'evt';
  const start = Date.parse(options.startTime ?? DEFAULT_START);
  const step = (options.stepSeconds ?? 1) * 1000;
  let counter = 0;

  const makeEvent = <T extends EventType>(type: T, overrides: EventOverrides<T> = {}): EventOf<T> => {
    const n = counter++;
    const example = EVENT_CATALOG[type].example as EventOf<EventType>;
    const event: Record<string, unknown> = {
      ...structuredClone(example),
      id: overrides.id ?? `${seed}-${String(n).padStart(6, '0')}`,
      time: overrides.time ?? new Date(start + n * step).toISOString(),
      tenantid: overrides.tenantid ?? options.tenantid ?? example.tenantid,
      data: withoutUndefined({ ...structuredClone(example.data), ...overrides.data }),
    };
    if (overrides.source !== undefined) {
      event.source = overrides.source;
    }
    if (overrides.subject !== undefined) {
      event.subject = overrides.subject;
    }
    const result = validate(event);
    if (!result.ok) {
      throw new Error(`makeEvent(${type}) built an invalid event: ${result.reason} at ${result.field}: ${result.message}`);
    }
    return result.event as EventOf<T>;
  };

  const makeInvalidEvent = <K extends InvalidEventKind>(kind: K, opts: InvalidEventOptions<K> = {}): InvalidEvent<K> => {
    const variant: InvalidEventVariant<K> = opts.variant ?? INVALID_EVENT_VARIANTS[kind][0];
    const tenant = opts.tenantid === undefined ? {} : { tenantid: opts.tenantid };
    const built = buildInvalid(kind, variant, opts, (type, overrides) => makeEvent(type, { ...tenant, ...overrides }));
    return { kind, variant, expectedReason: kind, ...built, buffer: Buffer.from(built.text, 'utf8') };
  };

  return { makeEvent, makeInvalidEvent, reset: () => (counter = 0) };
}

type Make = <T extends EventType>(type: T, overrides?: EventOverrides<T>) => EventOf<T>;

function json(value: unknown): string {
  return JSON.stringify(value);
}

function buildInvalid(
  kind: InvalidEventKind,
  variant: string,
  opts: InvalidEventOptions<InvalidEventKind>,
  make: Make,
): { text: string; expectedField?: string } {
  const answered = (): Record<string, unknown> => ({ ...make('io.vahti.contact.answered.v1') });
  switch (kind) {
    case 'malformed_json':
      return { text: variant === 'not_json' ? 'contact answered, agent 42' : json(answered()).slice(0, 60) };
    case 'envelope_invalid':
      return envelopeInvalid(variant, answered());
    case 'unknown_type': {
      const type = variant === 'unknown_version' ? 'io.vahti.contact.answered.v2' : 'io.vahti.contact.teleported.v1';
      return { text: json({ ...answered(), type }), expectedField: '/type' };
    }
    case 'schema_violation':
      return schemaViolation(variant, make);
    case 'oversize':
      return { text: padded(json(make('io.vahti.contact.ended.v1')), opts.sizeBytes ?? MAX_EVENT_BYTES + 1) };
    case 'timestamp_in_future': {
      const now = opts.now ?? new Date();
      return { text: json(make('io.vahti.contact.offered.v1', { time: new Date(now.getTime() + 24 * 3600 * 1000).toISOString() })) };
    }
  }
}

function envelopeInvalid(variant: string, event: Record<string, unknown>): { text: string; expectedField: string } {
  switch (variant) {
    case 'bad_tenantid':
      return { text: json({ ...event, tenantid: 'Not A Tenant' }), expectedField: '/tenantid' };
    case 'missing_time':
      return { text: json({ ...event, time: undefined }), expectedField: '/time' };
    case 'time_without_offset':
      return { text: json({ ...event, time: '2025-03-03T08:00:00' }), expectedField: '/time' };
    case 'not_an_object':
      return { text: json([event]), expectedField: '' };
    default:
      return { text: json({ ...event, specversion: undefined }), expectedField: '/specversion' };
  }
}

function schemaViolation(variant: string, make: Make): { text: string; expectedField: string } {
  switch (variant) {
    case 'csat_out_of_range': {
      const event = make('io.vahti.survey.responded.v1');
      return { text: json({ ...event, data: { ...event.data, csat: 9 } }), expectedField: '/data/csat' };
    }
    case 'unknown_field': {
      const event = make('io.vahti.contact.answered.v1');
      return { text: json({ ...event, data: { ...event.data, waitSecs: 12 } }), expectedField: '/data/waitSecs' };
    }
    case 'missing_aux_reason': {
      const event = make('io.vahti.agent.state_changed.v1');
      return { text: json({ ...event, data: { ...event.data, state: 'aux', auxReason: undefined } }), expectedField: '/data/auxReason' };
    }
    default: {
      const event = make('io.vahti.contact.answered.v1');
      return { text: json({ ...event, data: { ...event.data, waitSeconds: -5 } }), expectedField: '/data/waitSeconds' };
    }
  }
}

// Whitespace before the closing brace keeps the record valid JSON and a valid event, so only the
// size check can be what rejects it.
function padded(text: string, sizeBytes: number): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (sizeBytes < bytes) {
    throw new Error(`oversize: sizeBytes ${sizeBytes} is smaller than the event itself (${bytes} bytes)`);
  }
  return `${text.slice(0, -1)}${' '.repeat(sizeBytes - bytes)}}`;
}

const defaultFactory = createEventFactory();

/** A valid event of `type` from the shared default factory (ids `evt-000000`, `evt-000001`, ...). */
export const makeEvent = defaultFactory.makeEvent;

/** A raw record that the ingestor must reject with `kind`, from the shared default factory. */
export const makeInvalidEvent = defaultFactory.makeInvalidEvent;

/** Restarts the shared default factory's counter (for suites that assert on ids or times). */
export const resetEventFactory = defaultFactory.reset;

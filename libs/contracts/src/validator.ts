// The event validator: envelope first, then the type, then the type's data schema, so the
// failure reason tells an operator which layer a producer got wrong.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Static } from '@sinclair/typebox';
import { ANNOTATION_KEYWORDS } from './annotations';
import { describeAjvErrors } from './ajv-error';
import { allDefinitions, EVENT_TYPES, type VahtiEvent } from './catalog';
import { EnvelopeSchema } from './envelope';

export type ValidationFailure = {
  ok: false;
  reason: 'envelope_invalid' | 'unknown_type' | 'schema_violation';
  /** JSON pointer of the offending value, e.g. `/time` or `/data/waitSeconds` (`` = the whole value). */
  field: string;
  message: string;
};

export type ValidationResult = { ok: true; event: VahtiEvent } | ValidationFailure;

type Envelope = Static<typeof EnvelopeSchema>;

interface CompiledValidators {
  readonly envelope: ValidateFunction<Envelope>;
  readonly data: ReadonlyMap<string, ValidateFunction>;
}

let compiled: CompiledValidators | undefined;

/** A strict Ajv instance that knows our formats and annotation keywords. */
export function createAjv(): Ajv {
  // allErrors: false stops at the first failure (fast, and one reason is all we report).
  const ajv = new Ajv({ strict: true, allErrors: false });
  addFormats(ajv, ['date-time', 'uri', 'uri-reference']);
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  return ajv;
}

// Compiled once per process and shared: compiling takes tens of milliseconds, validating microseconds.
function validators(): CompiledValidators {
  if (compiled === undefined) {
    const ajv = createAjv();
    compiled = {
      envelope: ajv.compile<Envelope>(EnvelopeSchema),
      data: new Map(allDefinitions().map((d) => [d.type, ajv.compile(d.dataSchema)])),
    };
  }
  return compiled;
}

// "io.vahti.contact.offered" -> ["v1"], so an unsupported version gets a precise message.
const VERSIONS_BY_BASE: ReadonlyMap<string, readonly string[]> = EVENT_TYPES.reduce((map, type) => {
  const cut = type.lastIndexOf('.');
  const base = type.slice(0, cut);
  map.set(base, [...(map.get(base) ?? []), type.slice(cut + 1)]);
  return map;
}, new Map<string, string[]>());

function unknownType(type: string): ValidationFailure {
  const cut = type.lastIndexOf('.');
  const supported = cut > 0 ? VERSIONS_BY_BASE.get(type.slice(0, cut)) : undefined;
  const message =
    supported === undefined
      ? `unknown event type "${type}"`
      : `version "${type.slice(cut + 1)}" of ${type.slice(0, cut)} is not supported (supported: ${supported.join(', ')})`;
  return { ok: false, reason: 'unknown_type', field: '/type', message };
}

/** Compiles validators once; the returned function is the hot path (must be fast: ~100k+/s). */
export function createEventValidator(): (value: unknown) => ValidationResult {
  const { envelope, data } = validators();
  return (value: unknown): ValidationResult => {
    if (!envelope(value)) {
      return { ok: false, reason: 'envelope_invalid', ...describeAjvErrors(envelope.errors, '') };
    }
    const validateData = data.get(value.type);
    if (validateData === undefined) {
      return unknownType(value.type);
    }
    if (!validateData(value.data)) {
      return { ok: false, reason: 'schema_violation', ...describeAjvErrors(validateData.errors, '/data') };
    }
    // Envelope and data schemas together are exactly the per-type event schema.
    return { ok: true, event: value as unknown as VahtiEvent };
  };
}

// Turns Ajv's error list into the single field pointer + message a ValidationFailure carries.
// Ajv runs with allErrors: false, so the list holds the first failure, preceded by the failed
// branches when the failure is an `anyOf` (which Ajv reports last).
import type { ErrorObject } from 'ajv';

export interface FieldError {
  /** JSON pointer (RFC 6901) from the event root; `` is the root itself. */
  readonly field: string;
  readonly message: string;
}

/** Escapes one property name as a JSON pointer segment. */
export function pointerSegment(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The field and message of the failure Ajv reported; `prefix` is the pointer of the validated value. */
export function describeAjvErrors(errors: readonly ErrorObject[] | null | undefined, prefix: string): FieldError {
  const list = errors ?? [];
  const anyOfIndex = list.findIndex((e) => e.keyword === 'anyOf');
  if (anyOfIndex >= 0) {
    return describeAnyOf(list[anyOfIndex] as ErrorObject, list.slice(0, anyOfIndex), prefix);
  }
  const first = list[0];
  if (first === undefined) {
    return { field: prefix, message: 'is invalid' };
  }
  const path = prefix + first.instancePath;
  if (first.propertyName !== undefined) {
    return {
      field: `${path}/${pointerSegment(first.propertyName)}`,
      message: 'attribute names must be lower-case letters and digits (CloudEvents)',
    };
  }
  const params = first.params as Record<string, unknown>;
  switch (first.keyword) {
    case 'required':
      return { field: `${path}/${pointerSegment(String(params.missingProperty))}`, message: 'is required' };
    case 'additionalProperties':
      return { field: `${path}/${pointerSegment(String(params.additionalProperty))}`, message: 'is not a field of this event type' };
    case 'false schema':
      return { field: path, message: 'is not allowed here (see the conditional rules of this event type)' };
    case 'enum':
      return { field: path, message: `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { field: path, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { field: path, message: path === '' ? 'event must be a JSON object' : (first.message ?? 'has the wrong type') };
    default:
      return { field: path, message: first.message ?? 'is invalid' };
  }
}

// The two anyOf shapes we emit: "at least one of these fields" (data rules) and "one of these
// types" (extension attribute values). Anything else falls back to Ajv's generic message.
function describeAnyOf(anyOf: ErrorObject, branches: readonly ErrorObject[], prefix: string): FieldError {
  const field = prefix + anyOf.instancePath;
  const own = branches.filter((e) => e.instancePath === anyOf.instancePath);
  if (own.length > 0 && own.every((e) => e.keyword === 'required')) {
    const names = own.map((e) => String((e.params as Record<string, unknown>).missingProperty));
    return { field, message: `must have at least one of: ${names.join(', ')}` };
  }
  if (own.length > 0 && own.every((e) => e.keyword === 'type')) {
    const types = own.map((e) => String((e.params as Record<string, unknown>).type));
    return { field, message: `must be ${types.join(' or ')}` };
  }
  return { field, message: anyOf.message ?? 'is invalid' };
}

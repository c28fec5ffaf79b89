// Plain JSON Schema documents (draft-07, the dialect Ajv uses by default) for producers and
// other languages; written to libs/contracts/schemas/v1 by the generator script.
import type { TSchema } from '@sinclair/typebox';
import { definitionOf, type EventType } from './catalog';
import { EnvelopeSchema } from './envelope';

export const JSON_SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';
export const SCHEMA_BASE_URI = 'https://schemas.vahti.io/events/v1/';
export const ENVELOPE_SCHEMA_FILE = 'envelope.schema.json';

/** File name (and `$id` suffix) of an event type's schema. */
export function eventSchemaFileName(type: string): string {
  return `${type}.schema.json`;
}

// A JSON round trip drops TypeBox's symbol keys and gives the caller its own copy to mutate.
function document(schema: TSchema, file: string, title: string): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  return { $schema: JSON_SCHEMA_DIALECT, $id: `${SCHEMA_BASE_URI}${file}`, title, ...plain };
}

/** The envelope alone (any `type`, any object `data`) as a standalone JSON Schema with `$id`. */
export function envelopeJsonSchema(): object {
  return document(EnvelopeSchema, ENVELOPE_SCHEMA_FILE, 'Vahti event envelope (CloudEvents 1.0)');
}

/** The full event (envelope + data) of one type as a standalone JSON Schema with `$id`. */
export function eventJsonSchema(type: EventType): object {
  return document(definitionOf(type).eventSchema, eventSchemaFileName(type), type);
}

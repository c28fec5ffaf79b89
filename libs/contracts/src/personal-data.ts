// Which `data` fields hold personal data, read from the `x-personal-data` annotation so the
// ingestor's pseudonymisation list is the schema itself and cannot fall behind it.
import type { TSchema } from '@sinclair/typebox';
import { PERSONAL_DATA_KEYWORD } from './annotations';
import { allDefinitions, type EventType } from './catalog';

/** Top-level property names of a data schema that carry the personal-data annotation. */
export function annotatedPersonalFields(dataSchema: TSchema): readonly string[] {
  const properties = (dataSchema.properties ?? {}) as Record<string, TSchema>;
  return Object.freeze(Object.keys(properties).filter((name) => properties[name]?.[PERSONAL_DATA_KEYWORD] === true));
}

const BY_TYPE: ReadonlyMap<string, readonly string[]> = new Map(
  allDefinitions().map((d) => [d.type, annotatedPersonalFields(d.dataSchema)]),
);

/**
 * Names of the top-level `data` fields of `type` that hold raw personal data (e.g. `customerId`),
 * which the ingestor must pseudonymise before storing. Only top-level fields are ever annotated
 * (a spec enforces it), so `data[name]` is all a caller needs.
 */
export function personalDataFields(type: EventType): readonly string[] {
  return BY_TYPE.get(type) ?? [];
}

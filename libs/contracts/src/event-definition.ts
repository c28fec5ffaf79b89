// How an event type is declared: one call to `defineEvent` per file under events/. Everything
// else (TS types, validator, JSON Schema files, docs, catalog) is derived from these values.
import { Type, type Static, type TObject, type TProperties, type TSchema } from '@sinclair/typebox';
import { DATA_CONTENT_TYPE, SPEC_VERSION, eventSchema, type TEventSchema } from './envelope';
import { ruleJsonSchema, type DataRule } from './data-rules';
import type { KpiName } from './kpis';

/** Namespace of every Vahti event type (reverse DNS of vahti.io). */
export const TYPE_PREFIX = 'io.vahti.';

/** The schema version carried in the type suffix. A breaking change adds a `.v2` type next to `.v1`. */
export const CONTRACT_VERSION = 'v1';

/** The full, versioned type string of a short event name. */
export type VersionedType<N extends string> = `io.vahti.${N}.v1`;

/** The tenant used by every catalog example. */
export const EXAMPLE_TENANT = 'acme';

export interface EventDefinition<T extends string = string, D extends TSchema = TSchema> {
  /** Short name without namespace and version, e.g. `contact.offered`. */
  readonly name: string;
  readonly type: T;
  readonly summary: string;
  readonly usedBy: readonly KpiName[];
  readonly rules: readonly DataRule[];
  readonly dataSchema: D;
  readonly eventSchema: TEventSchema<T, D>;
  readonly example: Static<TEventSchema<T, D>>;
}

interface EventSpec<N extends string, P extends TProperties> {
  readonly name: N;
  readonly summary: string;
  readonly usedBy: readonly KpiName[];
  readonly properties: P;
  readonly rules?: readonly DataRule<keyof P & string>[];
  readonly example: { id: string; source: string; time: string; subject?: string; data: Static<TObject<P>> };
}

/** Declares one event type; `data` rejects unknown fields so producer typos surface at once. */
export function defineEvent<const N extends string, P extends TProperties>(
  spec: EventSpec<N, P>,
): EventDefinition<VersionedType<N>, TObject<P>> {
  const type: VersionedType<N> = `${TYPE_PREFIX}${spec.name}.${CONTRACT_VERSION}`;
  const rules: readonly DataRule[] = spec.rules ?? [];
  const dataSchema = Type.Object(spec.properties, {
    additionalProperties: false,
    description: spec.summary,
    ...(rules.length > 0 ? { allOf: rules.map(ruleJsonSchema) } : {}),
  });
  const { id, source, time, subject, data } = spec.example;
  const example = {
    specversion: SPEC_VERSION,
    id,
    source,
    type,
    time,
    ...(subject === undefined ? {} : { subject }),
    datacontenttype: DATA_CONTENT_TYPE,
    tenantid: EXAMPLE_TENANT,
    data,
  } as Static<TEventSchema<VersionedType<N>, TObject<P>>>;
  return {
    name: spec.name,
    type,
    summary: spec.summary,
    usedBy: spec.usedBy,
    rules,
    dataSchema,
    eventSchema: eventSchema(type, dataSchema, spec.summary),
    example,
  };
}

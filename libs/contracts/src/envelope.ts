// The CloudEvents 1.0 envelope (structured JSON mode) every Vahti event travels in. Only `data`
// differs between event types, so the envelope is written once here and combined with each
// type's data schema by `eventSchema`.
import { Type, type TLiteral, type TObject, type TSchema } from '@sinclair/typebox';

export const SPEC_VERSION = '1.0';
export const DATA_CONTENT_TYPE = 'application/json';

/** Tenant ids become Kafka keys, schema names and URL segments, hence the DNS-label shape. */
export const TENANT_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,62}$';

// CloudEvents: attribute names MUST be lower-case ASCII letters or digits. Enforcing it on all
// top-level names keeps extension attributes (e.g. `traceparent`) open while catching typos such
// as `tenantId` or `data_base64` (binary data is not accepted by Vahti).
export const ATTRIBUTE_NAME_PATTERN = '^[a-z0-9]+$';

/** Largest serialized event (UTF-8 bytes) the ingestor accepts by default; arrays are capped to fit. */
export const MAX_EVENT_BYTES = 64 * 1024;

/** Upper bound on top-level attributes: 10 defined ones plus room for extensions. */
export const MAX_ATTRIBUTES = 32;

const envelopeProperties = {
  specversion: Type.Literal(SPEC_VERSION, { description: 'CloudEvents specification version. Always `1.0`.' }),
  id: Type.String({
    minLength: 1,
    maxLength: 256,
    description:
      'Event id, unique per `source` and `tenantid`. The de-duplication key: a redelivered or re-sent event keeps its id and is stored once.',
  }),
  source: Type.String({
    format: 'uri-reference',
    minLength: 1,
    maxLength: 512,
    description: 'URI-reference of the producing system instance, e.g. `/acd/genesys/eu-1` or `urn:vahti:wfm:nice`.',
  }),
  type: Type.String({
    minLength: 1,
    maxLength: 256,
    description: 'Event type with its schema version, e.g. `io.vahti.contact.offered.v1`.',
  }),
  time: Type.String({
    format: 'date-time',
    maxLength: 64,
    description: 'When the occurrence happened (RFC 3339 with offset). Required by Vahti; each event type states which moment it is.',
  }),
  datacontenttype: Type.Optional(Type.Literal(DATA_CONTENT_TYPE, { description: 'Optional; if present it must be `application/json`.' })),
  dataschema: Type.Optional(
    Type.String({ format: 'uri', maxLength: 512, description: 'Optional URI of the JSON Schema `data` conforms to.' }),
  ),
  subject: Type.Optional(
    Type.String({ minLength: 1, maxLength: 256, description: 'Optional subject of the event within the source (free use by producers).' }),
  ),
  tenantid: Type.String({
    pattern: TENANT_ID_PATTERN,
    description:
      'Extension attribute: the tenant (contact-centre customer of Vahti) the event belongs to. Lower-case letters, digits and dashes, max 63.',
  }),
};

type EnvelopeProperties = typeof envelopeProperties;

/** The schema of one event type: the envelope with `type` fixed and `data` set to that type's schema. */
export type TEventSchema<T extends string, D extends TSchema> = TObject<Omit<EnvelopeProperties, 'type'> & { type: TLiteral<T>; data: D }>;

// Extension attribute values: CloudEvents' JSON representations of Boolean, Integer and String
// (URI, timestamp and binary are strings too). Objects, arrays and null are not attribute values.
const envelopeOptions = {
  additionalProperties: Type.Union([Type.String({ maxLength: 1024 }), Type.Number(), Type.Boolean()]),
  propertyNames: { pattern: ATTRIBUTE_NAME_PATTERN },
  maxProperties: MAX_ATTRIBUTES,
};

/** The envelope alone: `type` is any string and `data` any object; checked before the type is looked up. */
export const EnvelopeSchema = Type.Object(
  {
    ...envelopeProperties,
    data: Type.Object({}, { additionalProperties: true, description: 'The event payload; its schema depends on `type`.' }),
  },
  { ...envelopeOptions, description: 'CloudEvents 1.0 envelope shared by every Vahti event.' },
);

/** Builds the full schema (envelope + data) of one event type. */
export function eventSchema<T extends string, D extends TSchema>(type: T, data: D, description: string): TEventSchema<T, D> {
  const properties = {
    ...envelopeProperties,
    type: Type.Literal(type, { description: 'Event type with its schema version.' }),
    data,
  };
  return Type.Object(properties, { ...envelopeOptions, description });
}

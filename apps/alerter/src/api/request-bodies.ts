// Request bodies of the alerter API as TypeBox schemas: one source for the Ajv check at the door and
// for the OpenAPI document. A body that does not validate is a 400 listing every problem by path.
import { BadRequestException } from '@nestjs/common';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { LABEL_NAME_PATTERN, MatcherSchema } from '@vahti/alerting';

const time = Type.String({ format: 'date-time', description: 'RFC 3339, e.g. 2025-03-03T09:15:00Z.' });
const who = Type.String({ minLength: 1, maxLength: 200, description: 'Who does it (a person or a tool), as shown in the alert.' });

export const AcknowledgeBodySchema = Type.Object(
  { by: who, comment: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type AcknowledgeBody = Static<typeof AcknowledgeBodySchema>;

export const SilenceBodySchema = Type.Object(
  {
    matchers: Type.Array(MatcherSchema, { minItems: 1, maxItems: 50, description: 'All must match, Alertmanager semantics.' }),
    startsAt: Type.Optional({ ...time, description: 'Default: now.' }),
    endsAt: time,
    createdBy: who,
    comment: Type.String({ minLength: 1, maxLength: 2000, description: 'Why the alerts are muted.' }),
  },
  { additionalProperties: false },
);
export type SilenceBody = Static<typeof SilenceBodySchema>;

const candidate = Type.Object(
  {
    rank: Type.Integer({ minimum: 1 }),
    summary: Type.String({ maxLength: 1000 }),
    contribution: Type.Union([Type.Number(), Type.Null()]),
    evidence: Type.Record(Type.String(), Type.Union([Type.Number(), Type.String()])),
  },
  { additionalProperties: false },
);

export const SignalBodySchema = Type.Object(
  {
    labels: Type.Record(Type.String({ pattern: LABEL_NAME_PATTERN }), Type.String({ maxLength: 200 }), {
      description: 'At least alertname, kpi, area, process, queue, channel, detector and severity (info, warning, critical).',
    }),
    status: Type.Unsafe<'firing' | 'resolved'>({ type: 'string', enum: ['firing', 'resolved'] }),
    at: Type.Optional({ ...time, description: 'The time the verdict is about; default: now.' }),
    summary: Type.String({ maxLength: 1000 }),
    description: Type.String({ maxLength: 10000 }),
    value: Type.Optional(
      Type.Object(
        {
          observed: Type.Number(),
          text: Type.Optional(Type.String({ maxLength: 100 })),
          yardstick: Type.Optional(
            Type.Object(
              { name: Type.String({ maxLength: 200 }), value: Type.Number(), text: Type.Optional(Type.String({ maxLength: 100 })) },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    candidates: Type.Array(candidate, { maxItems: 50, description: 'Ranked root-cause candidates, 1 = most likely.' }),
  },
  { additionalProperties: false },
);
export type SignalBody = Static<typeof SignalBodySchema>;

const ajv = addFormats(new Ajv({ strict: true, allErrors: true }));
const compiled = new Map<TSchema, ValidateFunction>();

/** The body, typed, or a 400 with every problem (`path: message`). */
export function parseBody<S extends TSchema>(schema: S, body: unknown): Static<S> {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(body)) {
    const problems = (validate.errors ?? []).map(
      (e) => `${e.instancePath === '' ? '(body)' : e.instancePath.slice(1)}: ${e.message ?? 'is invalid'}`,
    );
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid request body', problems });
  }
  return body;
}

/** Epoch ms of an RFC 3339 time already checked by the schema. */
export function epochOf(text: string): number {
  return Date.parse(text);
}

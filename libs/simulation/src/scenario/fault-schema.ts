// A fault: a time-bounded change to one parameter for one segment. The simulator applies it and
// lists it in the ground truth, against which detection and root-cause ranking are scored.
import { Type, type Static } from '@sinclair/typebox';

/** The parameters a fault can change, and whether it multiplies or sets them. */
export const FAULT_PARAMETERS = {
  handleTime: 'multiply',
  resolutionProbability: 'multiply',
  volume: 'multiply',
  adherence: 'set',
  misrouting: 'set',
} as const;
export type FaultParameter = keyof typeof FAULT_PARAMETERS;

/** Schema of one fault injection (see docs/scenarios.md#faults). */
export const FaultSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 64, pattern: '^\\S+$', description: 'Fault id, unique in the scenario.' }),
    kind: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9_-]+$', description: 'Free label, e.g. kb_outage.' }),
    start: Type.String({
      pattern:
        '^(day [1-9][0-9]{0,2} ([01][0-9]|2[0-3]):[0-5][0-9]|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))$',
      description: '"day N HH:MM" (local, day 1 = startDate) or an RFC 3339 date-time with offset.',
    }),
    durationMinutes: Type.Number({ exclusiveMinimum: 0, maximum: 527040 }),
    segment: Type.Object(
      {
        queueId: Type.Optional(Type.String({ minLength: 1 })),
        contactReason: Type.Optional(Type.String({ minLength: 1 })),
        teamId: Type.Optional(Type.String({ minLength: 1 })),
      },
      { additionalProperties: false, description: 'Where it applies; an empty segment means everywhere.' },
    ),
    change: Type.Object(
      {
        // A plain enum rather than a union of literals: Ajv then reports one readable error.
        parameter: Type.Unsafe<FaultParameter>({ type: 'string', enum: Object.keys(FAULT_PARAMETERS) }),
        multiply: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
        set: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
        toQueueId: Type.Optional(Type.String({ minLength: 1, description: 'For misrouting: the wrong queue.' })),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

/** One fault as written in a scenario. */
export type FaultSpec = Static<typeof FaultSchema>;

// The scenario model: one TypeBox schema is both the TypeScript type and the validator, so the
// documented format (docs/scenarios.md), the checks and the simulator cannot drift apart.
import { Type, type Static } from '@sinclair/typebox';
import { FaultSchema } from './fault-schema';

// Codes follow the event contract's patterns, so every id lands in events that validate.
const CODE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.:/-]*$';
const ID_PATTERN = '^\\S+$';

const code = (description: string) => Type.String({ minLength: 1, maxLength: 64, pattern: CODE_PATTERN, description });
const id = (description: string) => Type.String({ minLength: 1, maxLength: 64, pattern: ID_PATTERN, description });
const probability = (description: string) => Type.Number({ minimum: 0, maximum: 1, description });

const Hours = Type.Object(
  {
    open: Type.Integer({ minimum: 0, maximum: 23, description: 'First open hour (local), 0–23.' }),
    close: Type.Integer({ minimum: 1, maximum: 24, description: 'Hour (local) the queue closes, exclusive, 1–24.' }),
  },
  { additionalProperties: false },
);

/** Weekday keys in the order of Date#getUTCDay (Sunday first). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const OpeningHours = Type.Object(
  {
    sun: Type.Optional(Hours),
    mon: Type.Optional(Hours),
    tue: Type.Optional(Hours),
    wed: Type.Optional(Hours),
    thu: Type.Optional(Hours),
    fri: Type.Optional(Hours),
    sat: Type.Optional(Hours),
  },
  { additionalProperties: false, description: 'Open hours per weekday; a missing weekday is closed.' },
);

const ReasonShare = Type.Object(
  { reason: code('Contact reason id.'), weight: Type.Number({ minimum: 0, description: 'Relative weight.' }) },
  { additionalProperties: false },
);

const QueueSchema = Type.Object(
  {
    id: id('Queue id (skill).'),
    channel: Type.Unsafe<'voice' | 'chat' | 'email' | 'messaging' | 'callback'>({
      type: 'string',
      enum: ['voice', 'chat', 'email', 'messaging', 'callback'],
    }),
    openingHours: OpeningHours,
    volumePerDay: Type.Number({ minimum: 0, maximum: 1_000_000, description: 'Contacts arriving on a day with factor 1.' }),
    dayOfWeekFactors: Type.Optional(
      Type.Array(Type.Number({ minimum: 0 }), { minItems: 7, maxItems: 7, description: 'Volume factor per weekday, Sunday first.' }),
    ),
    intradayProfile: Type.Array(Type.Number({ minimum: 0 }), {
      minItems: 24,
      maxItems: 24,
      description: 'Relative arrival weight per local hour 0–23; only open hours count.',
    }),
    reasonMix: Type.Array(ReasonShare, { minItems: 1, description: 'Contact reasons arriving in this queue.' }),
    serviceLevelSeconds: Type.Number({ exclusiveMinimum: 0, description: 'Answer-time threshold of the service level.' }),
    serviceLevelTarget: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1, description: 'Service-level goal the forecast staffs for (default 0.8).' }),
    ),
    meanPatienceSeconds: Type.Number({ exclusiveMinimum: 0, description: 'Mean (exponential) customer patience.' }),
    forecastErrorCv: Type.Optional(
      Type.Number({ minimum: 0, maximum: 1, description: 'Relative noise of the published forecast per interval (default 0.05).' }),
    ),
    callback: Type.Optional(
      Type.Object(
        {
          queueId: id('Queue (channel callback) the callbacks are offered to.'),
          share: probability('Share of customers about to abandon who request a callback instead.'),
          minWaitSeconds: Type.Number({ minimum: 0, description: 'Only customers who waited at least this long are offered one.' }),
          delayMinutes: Type.Number({ minimum: 0, maximum: 1440, description: 'Delay from the request to the callback offer.' }),
          dueMinutes: Type.Number({ exclusiveMinimum: 0, maximum: 10080, description: 'Promised call-back time after the request.' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const HandleTime = Type.Object(
  {
    meanSeconds: Type.Number({ exclusiveMinimum: 0, description: 'Mean handle time (talk + hold + wrap-up).' }),
    cv: Type.Number({ minimum: 0, maximum: 5, description: 'Coefficient of variation (log-normal).' }),
  },
  { additionalProperties: false },
);

const ReasonSchema = Type.Object(
  {
    id: code('Contact reason id.'),
    handleTime: HandleTime,
    handleTimeByChannel: Type.Optional(
      Type.Object(
        {
          voice: Type.Optional(HandleTime),
          chat: Type.Optional(HandleTime),
          email: Type.Optional(HandleTime),
          messaging: Type.Optional(HandleTime),
          callback: Type.Optional(HandleTime),
        },
        { additionalProperties: false },
      ),
    ),
    holdFraction: probability('Share of handle time on hold.'),
    wrapUpFraction: probability('Share of handle time in wrap-up.'),
    resolutionProbability: probability('Probability the contact is resolved.'),
    transfer: Type.Optional(
      Type.Object(
        {
          toQueueId: id('Queue the contact is transferred to (e.g. tier 2).'),
          probability: probability('Share of answered contacts the first agent transfers there.'),
        },
        { additionalProperties: false },
      ),
    ),
    selfService: Type.Optional(
      Type.Object(
        {
          attemptRate: probability('Share of arrivals that try self-service first.'),
          containment: probability('Share of attempts that end in self-service.'),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const TeamSchema = Type.Object(
  {
    id: id('Team id.'),
    agents: Type.Integer({ minimum: 1, maximum: 500, description: 'Agents in the team.' }),
    skills: Type.Array(id('Queue id.'), { minItems: 1, description: 'Queues the team answers.' }),
    adherence: probability('Probability an agent is on queue in a scheduled hour (and takes a planned break on time).'),
    breaks: Type.Optional(
      Type.Object(
        {
          count: Type.Integer({ minimum: 0, maximum: 6, description: 'Short breaks per shift.' }),
          minutes: Type.Integer({ minimum: 15, maximum: 60, multipleOf: 15, description: 'Length of each break.' }),
          lunchMinutes: Type.Optional(
            Type.Integer({ minimum: 15, maximum: 120, multipleOf: 15, description: 'Length of the lunch (none when absent).' }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    absenceRate: Type.Optional(probability('Daily probability an agent is absent (unplanned) for the day.')),
    resolutionMultiplier: Type.Optional(
      Type.Number({ minimum: 0, maximum: 10, description: "Factor on every reason's resolution probability for this team (default 1)." }),
    ),
  },
  { additionalProperties: false },
);

/** Schema of one tenant's scenario: the type, the validator and docs/scenarios.md follow it. */
export const ScenarioSchema = Type.Object(
  {
    tenant: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$', description: 'Vahti tenant id.' }),
    startDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'First simulated local day, YYYY-MM-DD.' }),
    days: Type.Integer({ minimum: 1, maximum: 366 }),
    seed: Type.Integer({ minimum: 0, maximum: 4294967295 }),
    utcOffsetMinutes: Type.Integer({ minimum: -840, maximum: 840, description: 'Fixed local offset from UTC.' }),
    queues: Type.Array(QueueSchema, { minItems: 1 }),
    contactReasons: Type.Array(ReasonSchema, { minItems: 1 }),
    teams: Type.Array(TeamSchema, { minItems: 1 }),
    surveyResponseRate: probability('Share of ended contacts answering the survey.'),
    qaSampleRate: probability('Share of ended contacts evaluated by QA.'),
    repeatContact: Type.Object(
      {
        probability: probability('Probability an unresolved contact comes back.'),
        meanDelayHours: Type.Number({ exclusiveMinimum: 0, description: 'Mean (exponential) delay before it does.' }),
      },
      { additionalProperties: false },
    ),
    faults: Type.Optional(Type.Array(FaultSchema)),
  },
  { additionalProperties: false },
);

/** A validated scenario. */
export type Scenario = Static<typeof ScenarioSchema>;

/** A multi-tenant file: several scenarios simulated into one stream. */
export const ScenarioSetSchema = Type.Object({ tenants: Type.Array(ScenarioSchema, { minItems: 1 }) }, { additionalProperties: false });
export type ScenarioSet = Static<typeof ScenarioSetSchema>;
export type QueueSpec = Scenario['queues'][number];
export type ReasonSpec = Scenario['contactReasons'][number];
export type TeamSpec = Scenario['teams'][number];
export type HandleTimeSpec = ReasonSpec['handleTime'];

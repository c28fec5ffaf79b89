// The alerting configuration as one TypeBox schema (the JSON Schema Ajv validates and the static
// types the code uses, from one source): per tenant its receivers, its routes (first match unless
// `continue`, as in Alertmanager's routing tree, §C.1, flattened to one list per tenant), timing
// defaults and inhibit rules. Receivers are a discriminated union on `kind`, so a bad Slack receiver
// reports Slack's fields only, not every other kind's.
import { Type, type Static } from '@sinclair/typebox';
import { MATCHER_TYPES, SEVERITIES, type MatcherType, type Severity } from '../model/constants';
import { LABEL_NAME_PATTERN } from '../silences/matcher';
import { DURATION_PATTERN } from './duration';

export const ALERTING_CONFIG_FORMAT = 'vahti.alerting/v1';

const nameOptions = { minLength: 1, maxLength: 100 };
const name = Type.String(nameOptions);
const urlPattern = '^https?://[^\\s]+$';
const httpUrl = Type.String({ pattern: urlPattern, description: 'http:// or https:// URL.' });
const emailAddress = Type.String({ pattern: '^[^@\\s<>",]+@[^@\\s<>",]+$', description: 'A bare address, e.g. ops@example.com.' });
const duration = Type.String({ pattern: DURATION_PATTERN, minLength: 2, description: 'Like 30s, 5m, 4h, 1h30m.' });
const labelName = Type.String({ pattern: LABEL_NAME_PATTERN });
const groupBy = Type.Array(Type.String({ pattern: '^(?:[a-zA-Z_][a-zA-Z0-9_]*|\\.\\.\\.)$' }), {
  description: 'Labels that make up a group; [] = one group per route; ["..."] = every label (no grouping).',
});
const severity = Type.Unsafe<Severity>({ type: 'string', enum: [...SEVERITIES] });

export const MatcherSchema = Type.Object(
  { name: labelName, type: Type.Unsafe<MatcherType>({ type: 'string', enum: [...MATCHER_TYPES] }), value: Type.String() },
  { additionalProperties: false },
);

export const WebhookReceiverSchema = Type.Object(
  {
    name,
    kind: Type.Literal('webhook'),
    url: httpUrl,
    secret: Type.String({ minLength: 16, description: 'HMAC-SHA256 key the receiver verifies X-Vahti-Signature with.' }),
  },
  { additionalProperties: false },
);
export const SlackReceiverSchema = Type.Object({ name, kind: Type.Literal('slack'), webhookUrl: httpUrl }, { additionalProperties: false });
export const TeamsReceiverSchema = Type.Object({ name, kind: Type.Literal('teams'), webhookUrl: httpUrl }, { additionalProperties: false });
export const EmailReceiverSchema = Type.Object(
  { name, kind: Type.Literal('email'), to: Type.Array(emailAddress, { minItems: 1 }), from: Type.Optional(emailAddress) },
  { additionalProperties: false },
);
export const AlertmanagerReceiverSchema = Type.Object(
  {
    name,
    kind: Type.Literal('alertmanager'),
    url: Type.String({ pattern: urlPattern, description: 'Alertmanager base URL; /api/v2/alerts is appended.' }),
  },
  { additionalProperties: false },
);

export type WebhookReceiver = Static<typeof WebhookReceiverSchema>;
export type SlackReceiver = Static<typeof SlackReceiverSchema>;
export type TeamsReceiver = Static<typeof TeamsReceiverSchema>;
export type EmailReceiver = Static<typeof EmailReceiverSchema>;
export type AlertmanagerReceiver = Static<typeof AlertmanagerReceiverSchema>;
export type ReceiverConfig = WebhookReceiver | SlackReceiver | TeamsReceiver | EmailReceiver | AlertmanagerReceiver;

export const ReceiverSchema = Type.Unsafe<ReceiverConfig>({
  type: 'object',
  required: ['kind'],
  properties: { kind: { type: 'string' } },
  discriminator: { propertyName: 'kind' },
  oneOf: [WebhookReceiverSchema, SlackReceiverSchema, TeamsReceiverSchema, EmailReceiverSchema, AlertmanagerReceiverSchema],
});

const timing = {
  groupBy: Type.Optional(groupBy),
  groupWait: Type.Optional(duration),
  groupInterval: Type.Optional(duration),
  repeatInterval: Type.Optional(duration),
  sendResolved: Type.Optional(Type.Boolean({ description: 'Tell receivers when an alert they were told of resolves (default true).' })),
};

export const RouteSchema = Type.Object(
  {
    name: Type.Optional(
      Type.String({ ...nameOptions, description: 'Keeps group keys (and so the notification log) stable when routes are reordered.' }),
    ),
    severity: Type.Optional(Type.Array(severity, { minItems: 1, description: 'Allowed severities; absent = any.' })),
    area: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description: 'Allowed areas (A–H); absent = any.' })),
    matchers: Type.Optional(Type.Array(MatcherSchema, { description: 'Further label matchers, all must match.' })),
    receivers: Type.Array(name, { minItems: 1 }),
    continue: Type.Optional(Type.Boolean({ description: 'Keep matching later routes after this one matched (default false).' })),
    ...timing,
  },
  { additionalProperties: false },
);

export const TimingDefaultsSchema = Type.Object(timing, { additionalProperties: false });

export const InhibitRuleSchema = Type.Object(
  {
    sourceMatchers: Type.Array(MatcherSchema, { minItems: 1 }),
    targetMatchers: Type.Array(MatcherSchema, { minItems: 1 }),
    equal: Type.Array(labelName),
  },
  { additionalProperties: false },
);

export const TenantAlertingSchema = Type.Object(
  {
    receivers: Type.Array(ReceiverSchema, { minItems: 1 }),
    routes: Type.Array(RouteSchema, { minItems: 1 }),
    defaults: Type.Optional(TimingDefaultsSchema),
    inhibitRules: Type.Optional(
      Type.Array(InhibitRuleSchema, { description: 'Absent = the default critical-mutes-warning rule; [] = none.' }),
    ),
    timeZone: Type.Optional(Type.String({ minLength: 1, description: 'IANA zone for times in messages (default UTC).' })),
  },
  { additionalProperties: false },
);

export const AlertingConfigSchema = Type.Object(
  {
    format: Type.Literal(ALERTING_CONFIG_FORMAT),
    externalUrl: Type.Optional(Type.String({ pattern: urlPattern, description: "Vahti's public base URL, for links in messages." })),
    tenants: Type.Record(Type.String({ minLength: 1 }), TenantAlertingSchema),
  },
  { additionalProperties: false },
);

export type RouteConfig = Static<typeof RouteSchema>;
export type TimingDefaults = Static<typeof TimingDefaultsSchema>;
export type InhibitRuleConfig = Static<typeof InhibitRuleSchema>;
export type TenantAlertingConfig = Static<typeof TenantAlertingSchema>;
export type AlertingConfig = Static<typeof AlertingConfigSchema>;

// Tenants' own thresholds and targets, per queue and channel, as validated data (a YAML file the
// operator maintains). The most specific rule wins (scoped-rules.ts): queue+channel, then queue,
// then channel, then the tenant default, then the channel defaults of evaluation-settings.ts.
import { Type, type Static } from '@sinclair/typebox';
import Ajv from 'ajv';
import { CHANNELS } from '@vahti/contracts';
import { parse as parseYaml } from 'yaml';
import type { TenantTarget } from '../rating/yardstick';
import {
  DEFAULT_EVALUATION_SETTINGS,
  DEFAULT_REPEAT_WINDOW_HOURS,
  type EvaluationSettings,
  type QueueSettings,
} from './evaluation-settings';
import { mergedRule } from './scoped-rules';
import { thresholdProblems } from './threshold-rules';

const channel = Type.Unsafe<(typeof CHANNELS)[number]>({ type: 'string', enum: [...CHANNELS] });
const scope = { queue: Type.Optional(Type.String({ minLength: 1 })), channel: Type.Optional(channel) };
// Up to 90 days: longer windows keep customer timelines for months (two windows are kept).
const repeatWindowHours = Type.Number({ minimum: 1, maximum: 2160 });

const QueueRule = Type.Object(
  {
    ...scope,
    serviceLevelSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 604800 })),
    shortAbandonSeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 600 })),
    serviceLevelTarget: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    repeatWindowHours: Type.Optional(repeatWindowHours),
  },
  { additionalProperties: false },
);

const TargetRule = Type.Object(
  {
    kpi: Type.String({ minLength: 1 }),
    ...scope,
    target: Type.Optional(Type.Number()),
    floor: Type.Optional(Type.Number()),
    band: Type.Optional(Type.Object({ low: Type.Number(), high: Type.Number() }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

const TenantRules = Type.Object(
  {
    repeatWindowHours: Type.Optional(repeatWindowHours),
    queues: Type.Optional(Type.Array(QueueRule)),
    targets: Type.Optional(Type.Array(TargetRule)),
  },
  { additionalProperties: false },
);

export const TenantSettingsSchema = Type.Object(
  { tenants: Type.Record(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$' }), TenantRules, { additionalProperties: false }) },
  { additionalProperties: false },
);
export type TenantSettingsFile = Static<typeof TenantSettingsSchema>;

const validate = new Ajv({ allErrors: true, strict: false }).compile<TenantSettingsFile>(TenantSettingsSchema);

export class TenantSettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid tenant settings:\n  ${problems.join('\n  ')}`);
    this.name = 'TenantSettingsError';
  }
}

/** Parses and checks the tenant settings file; every problem is reported with its path. */
export function parseTenantSettings(text: string, knownKpis: ReadonlySet<string>): TenantSettingsFile {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? { tenants: {} };
  } catch (error) {
    throw new TenantSettingsError([`not YAML/JSON: ${(error as Error).message}`]);
  }
  if (!validate(raw)) {
    throw new TenantSettingsError((validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`));
  }
  const problems: string[] = [];
  for (const [tenant, rules] of Object.entries(raw.tenants)) {
    (rules.targets ?? []).forEach((t, i) => {
      if (!knownKpis.has(t.kpi)) {
        problems.push(`/tenants/${tenant}/targets/${i}/kpi: unknown KPI id "${t.kpi}"`);
      }
    });
    problems.push(...thresholdProblems(tenant, rules.queues ?? []));
  }
  if (problems.length > 0) {
    throw new TenantSettingsError(problems);
  }
  return raw;
}

/** Evaluation settings with the file's overrides on top of the defaults. */
export function evaluationSettingsOf(file: TenantSettingsFile): EvaluationSettings {
  return {
    queue: (tenant, queueId, channelId): QueueSettings => {
      const base = DEFAULT_EVALUATION_SETTINGS.queue(tenant, queueId, channelId);
      const rules = file.tenants[tenant];
      const rule = mergedRule(rules?.queues ?? [], queueId, channelId);
      return {
        serviceLevelSeconds: rule.serviceLevelSeconds ?? base.serviceLevelSeconds,
        shortAbandonSeconds: rule.shortAbandonSeconds ?? base.shortAbandonSeconds,
        serviceLevelTarget: rule.serviceLevelTarget ?? base.serviceLevelTarget,
        repeatWindowHours: rule.repeatWindowHours ?? rules?.repeatWindowHours ?? base.repeatWindowHours,
      };
    },
    maxRepeatWindowHours: (tenant) => {
      const rules = file.tenants[tenant];
      const own = (rules?.queues ?? []).flatMap((q) => (q.repeatWindowHours === undefined ? [] : [q.repeatWindowHours]));
      return Math.max(rules?.repeatWindowHours ?? DEFAULT_REPEAT_WINDOW_HOURS, ...own);
    },
  };
}

/** The service-level target the tenant set for a queue and channel (a queue rule), if any. */
export function tenantServiceLevelTarget(
  file: TenantSettingsFile,
  tenant: string,
  queueId?: string,
  channelId?: string,
): number | undefined {
  return mergedRule(file.tenants[tenant]?.queues ?? [], queueId, channelId).serviceLevelTarget;
}

/** The tenant's own target for a KPI in a scope, if any. */
export function tenantTargetOf(
  file: TenantSettingsFile,
  tenant: string,
  kpi: string,
  queueId?: string,
  channelId?: string,
): TenantTarget | undefined {
  const rules = (file.tenants[tenant]?.targets ?? []).filter((t) => t.kpi === kpi);
  if (rules.length === 0) {
    return undefined;
  }
  const rule = mergedRule(rules, queueId, channelId);
  return {
    ...(rule.target !== undefined && { target: rule.target }),
    ...(rule.floor !== undefined && { floor: rule.floor }),
    ...(rule.band !== undefined && { band: rule.band }),
  };
}

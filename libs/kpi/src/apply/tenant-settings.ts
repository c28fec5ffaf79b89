// Tenants' own thresholds and targets, per queue and channel, as validated data (a YAML file the
// operator maintains). The most specific rule wins: queue+channel, then queue, then channel, then
// the tenant default, then the channel defaults of evaluation-settings.ts.
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

const channel = Type.Unsafe<(typeof CHANNELS)[number]>({ type: 'string', enum: [...CHANNELS] });
const scope = { queue: Type.Optional(Type.String({ minLength: 1 })), channel: Type.Optional(channel) };

const QueueRule = Type.Object(
  {
    ...scope,
    serviceLevelSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 604800 })),
    shortAbandonSeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 600 })),
    serviceLevelTarget: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
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
    repeatWindowHours: Type.Optional(Type.Number({ minimum: 1, maximum: 2160 })),
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
    (rules.queues ?? []).forEach((q, i) => {
      const t = q.serviceLevelSeconds;
      if (t !== undefined && q.shortAbandonSeconds !== undefined && q.shortAbandonSeconds > t) {
        problems.push(`/tenants/${tenant}/queues/${i}: shortAbandonSeconds is above serviceLevelSeconds`);
      }
    });
  }
  if (problems.length > 0) {
    throw new TenantSettingsError(problems);
  }
  return raw;
}

interface Scoped {
  readonly queue?: string;
  readonly channel?: string;
}

// Higher is more specific; rules that do not match score -1.
function specificity(rule: Scoped, queueId: string | undefined, channelId: string | undefined): number {
  if ((rule.queue !== undefined && rule.queue !== queueId) || (rule.channel !== undefined && rule.channel !== channelId)) {
    return -1;
  }
  return (rule.queue !== undefined ? 2 : 0) + (rule.channel !== undefined ? 1 : 0);
}

/** Merges the matching rules, least specific first, so the most specific value wins per field. */
function merged<T extends Scoped>(rules: readonly T[], queueId: string | undefined, channelId: string | undefined): Partial<T> {
  return rules
    .map((rule) => ({ rule, score: specificity(rule, queueId, channelId) }))
    .filter((r) => r.score >= 0)
    .sort((a, b) => a.score - b.score)
    .reduce<Partial<T>>((acc, r) => ({ ...acc, ...r.rule }), {});
}

/** Evaluation settings with the file's overrides on top of the defaults. */
export function evaluationSettingsOf(file: TenantSettingsFile): EvaluationSettings {
  return {
    repeatWindowHours: (tenant) => file.tenants[tenant]?.repeatWindowHours ?? DEFAULT_REPEAT_WINDOW_HOURS,
    queue: (tenant, queueId, channelId): QueueSettings => {
      const base = DEFAULT_EVALUATION_SETTINGS.queue(tenant, queueId, channelId);
      const rule = merged(file.tenants[tenant]?.queues ?? [], queueId, channelId);
      return {
        serviceLevelSeconds: rule.serviceLevelSeconds ?? base.serviceLevelSeconds,
        shortAbandonSeconds: rule.shortAbandonSeconds ?? base.shortAbandonSeconds,
        serviceLevelTarget: rule.serviceLevelTarget ?? base.serviceLevelTarget,
      };
    },
  };
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
  const rule = merged(rules, queueId, channelId);
  return {
    ...(rule.target !== undefined && { target: rule.target }),
    ...(rule.floor !== undefined && { floor: rule.floor }),
    ...(rule.band !== undefined && { band: rule.band }),
  };
}

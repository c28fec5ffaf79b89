// The app's one call per tenant and tick: route and group the instances, work out which are muted
// (silences, inhibit rules; the default critical-mutes-warning rule when the tenant names none) and
// plan the notifications due. Pass every open instance and the resolved ones whose resolution may
// still be pending (resolution-pending.ts), the tenant's silences and its latest log entries.
import type { TenantAlertingConfig } from '../config/alerting-config-schema';
import type { AlertInstance } from '../model/alert-instance';
import { groupAlerts, type AlertGroup } from '../grouping/group-alerts';
import { DEFAULT_INHIBIT_RULES } from '../silences/inhibition';
import { computeMutes, type MuteReason } from '../silences/mutes';
import type { Silence } from '../silences/silence';
import type { NotificationLogEntry } from './notification-log';
import { planNotifications, type PlannedNotification } from './plan-notifications';

export interface TenantPlanInput {
  readonly tenantId: string;
  readonly config: TenantAlertingConfig;
  readonly instances: readonly AlertInstance[];
  readonly log: readonly NotificationLogEntry[];
  readonly silences: readonly Silence[];
  readonly now: number;
}

export interface TenantPlan {
  readonly due: readonly PlannedNotification[];
  /** Earliest future time a timer runs out or a silence starts or ends; null if none. */
  readonly nextCheckAt: number | null;
  readonly groups: readonly AlertGroup[];
  /** Instance ids no route takes. */
  readonly unrouted: readonly string[];
  /** Muted open instances and why. */
  readonly muted: Readonly<Record<string, MuteReason>>;
}

/** Everything due for one tenant at `now`. */
export function planTenantNotifications(input: TenantPlanInput): TenantPlan {
  const { tenantId, config, now } = input;
  const instances = input.instances.filter((i) => i.tenantId === tenantId);
  const grouping = groupAlerts(tenantId, config, instances);
  const rules = config.inhibitRules ?? DEFAULT_INHIBIT_RULES;
  const mutes = computeMutes(
    instances,
    input.silences.filter((s) => s.tenantId === tenantId),
    rules,
    now,
  );
  const plan = planNotifications(
    grouping.groups,
    input.log.filter((e) => e.tenantId === tenantId),
    mutes.muted,
    now,
  );
  const times = [plan.nextCheckAt, mutes.nextChangeAt].filter((t): t is number => t !== null);
  return {
    due: plan.due,
    nextCheckAt: times.length === 0 ? null : Math.min(...times),
    groups: grouping.groups,
    unrouted: [...grouping.unrouted, ...input.instances.filter((i) => i.tenantId !== tenantId).map((i) => i.id)],
    muted: mutes.muted,
  };
}

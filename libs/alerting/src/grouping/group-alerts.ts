// Routes a tenant's instances and batches them into groups: one group per (route, group-label
// values), carrying the route's receivers and timing. An instance can be in several groups (routes
// with `continue`); one that no route takes is reported, so the app can count and log it instead of
// dropping it unseen. Output is sorted, so the same input always plans the same notifications.
import type { ReceiverKind } from '../model/constants';
import type { AlertInstance } from '../model/alert-instance';
import type { TenantAlertingConfig } from '../config/alerting-config-schema';
import { matchRoutes } from '../routing/match-routes';
import { routeTiming, type RouteTiming } from '../routing/route-timing';
import { groupKeyOf, groupLabelsOf } from './group-key';

export interface GroupReceiver {
  readonly name: string;
  readonly kind: ReceiverKind;
}

export interface AlertGroup {
  readonly tenantId: string;
  readonly key: string;
  readonly routeKey: string;
  readonly groupLabels: Readonly<Record<string, string>>;
  readonly receivers: readonly GroupReceiver[];
  readonly timing: RouteTiming;
  /** Sorted by startsAt, then id. */
  readonly instances: readonly AlertInstance[];
}

export interface Grouping {
  readonly groups: readonly AlertGroup[];
  /** Ids of instances no route takes (or of another tenant). */
  readonly unrouted: readonly string[];
}

/** Groups of a tenant's instances under its routing configuration. */
export function groupAlerts(tenantId: string, tenant: TenantAlertingConfig, instances: readonly AlertInstance[]): Grouping {
  const kinds = new Map(tenant.receivers.map((r) => [r.name, r.kind] as const));
  const groups = new Map<string, { group: Omit<AlertGroup, 'instances'>; instances: AlertInstance[] }>();
  const unrouted: string[] = [];
  for (const instance of instances) {
    const routes = instance.tenantId === tenantId ? matchRoutes(tenant.routes, instance.labels) : [];
    if (routes.length === 0) {
      unrouted.push(instance.id);
    }
    for (const { key: routeKey, route } of routes) {
      const timing = routeTiming(route, tenant.defaults);
      const groupLabels = groupLabelsOf(instance.labels, timing.groupBy);
      const key = groupKeyOf(tenantId, routeKey, groupLabels);
      let entry = groups.get(key);
      if (entry === undefined) {
        const receivers = route.receivers.flatMap((name) => {
          const kind = kinds.get(name);
          return kind === undefined ? [] : [{ name, kind }];
        });
        entry = { group: { tenantId, key, routeKey, groupLabels, receivers, timing }, instances: [] };
        groups.set(key, entry);
      }
      if (!entry.instances.some((i) => i.id === instance.id)) {
        entry.instances.push(instance);
      }
    }
  }
  const sorted = [...groups.values()].sort((a, b) => compare(a.group.key, b.group.key));
  return {
    groups: sorted.map(({ group, instances: members }) => ({
      ...group,
      instances: members.sort((a, b) => a.startsAt - b.startsAt || compare(a.id, b.id)),
    })),
    unrouted: unrouted.sort(),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

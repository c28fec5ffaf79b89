// Which routes an alert takes: routes are tried in order, a route matches when the alert's severity
// and area are in its lists (an absent list allows any) and all its matchers match, and matching
// stops at the first match unless that route says `continue` (Alertmanager's routing semantics,
// §C.1, on one flat list per tenant).
import type { RouteConfig } from '../config/alerting-config-schema';
import type { AlertLabels } from '../model/alert-signal';
import { allMatch } from '../silences/matcher';

export interface MatchedRoute {
  readonly index: number;
  /** The route's name, or "#<index>" for an unnamed one: part of every group key of the route. */
  readonly key: string;
  readonly route: RouteConfig;
}

/** The route's key in group keys. */
export function routeKeyOf(route: RouteConfig, index: number): string {
  return route.name ?? `#${index}`;
}

/** Whether one route accepts the labels. */
export function routeMatches(route: RouteConfig, labels: AlertLabels): boolean {
  const allowed = (list: readonly string[] | undefined, value: string | undefined): boolean =>
    list === undefined || (value !== undefined && list.includes(value));
  return allowed(route.severity, labels.severity) && allowed(route.area, labels.area) && allMatch(route.matchers ?? [], labels);
}

/** The routes the labels take, in order: up to the first match without `continue`. */
export function matchRoutes(routes: readonly RouteConfig[], labels: AlertLabels): MatchedRoute[] {
  const matched: MatchedRoute[] = [];
  for (const [index, route] of routes.entries()) {
    if (!routeMatches(route, labels)) {
      continue;
    }
    matched.push({ index, key: routeKeyOf(route, index), route });
    if (route.continue !== true) {
      break;
    }
  }
  return matched;
}

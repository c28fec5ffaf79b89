// The grouping and timing of a route: its own settings, else the tenant's defaults, else these
// defaults from detection-and-stack.md §C.4 ("group_wait: 30s, group_interval: 5m, repeat_interval:
// 4h"; the same as Alertmanager's sample configs and its 4h repeat default, §C.1). §C.4 groups by
// [team_id, kpi]; signals carry no team, so the queue, the scope a manager owns, takes its place.
import type { RouteConfig, TimingDefaults } from '../config/alerting-config-schema';
import { parseDuration } from '../config/duration';

export interface RouteTiming {
  readonly groupBy: readonly string[];
  readonly groupWaitMs: number;
  readonly groupIntervalMs: number;
  readonly repeatIntervalMs: number;
  readonly sendResolved: boolean;
}

export const DEFAULT_TIMING: RouteTiming = {
  groupBy: ['queue', 'kpi'],
  groupWaitMs: 30_000,
  groupIntervalMs: 5 * 60_000,
  repeatIntervalMs: 4 * 3_600_000,
  sendResolved: true,
};

/** The effective timing of a route (validated durations assumed; an unparsable one falls back). */
export function routeTiming(route: RouteConfig, defaults: TimingDefaults | undefined): RouteTiming {
  const pick = (key: 'groupWait' | 'groupInterval' | 'repeatInterval', fallback: number): number => {
    const text = route[key] ?? defaults?.[key];
    return (text === undefined ? null : parseDuration(text)) ?? fallback;
  };
  return {
    groupBy: route.groupBy ?? defaults?.groupBy ?? DEFAULT_TIMING.groupBy,
    groupWaitMs: pick('groupWait', DEFAULT_TIMING.groupWaitMs),
    groupIntervalMs: pick('groupInterval', DEFAULT_TIMING.groupIntervalMs),
    repeatIntervalMs: pick('repeatInterval', DEFAULT_TIMING.repeatIntervalMs),
    sendResolved: route.sendResolved ?? defaults?.sendResolved ?? DEFAULT_TIMING.sendResolved,
  };
}

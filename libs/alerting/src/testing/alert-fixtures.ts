// Hand-made fixtures for this lib's specs (not exported from the entry point): one signal shape
// close to what the detector will send, instances made through the real lifecycle, and a tenant
// configuration with one receiver of each kind. Times are fixed UTC instants, never the clock.
import type { TenantAlertingConfig } from '../config/alerting-config-schema';
import { groupAlerts } from '../grouping/group-alerts';
import { applySignal } from '../lifecycle/apply-signal';
import type { AlertInstance } from '../model/alert-instance';
import type { AlertSignal } from '../model/alert-signal';
import type { NotificationLogEntry } from '../notifications/notification-log';
import { planNotifications, type PlannedNotification } from '../notifications/plan-notifications';
import type { RenderContext } from '../payloads/render-context';

/** 2025-03-03 09:15:00 UTC, a Monday morning. */
export const T0 = Date.UTC(2025, 2, 3, 9, 15);
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

export const BASE_LABELS = {
  alertname: 'service_level_breach',
  kpi: 'service_level',
  area: 'B',
  process: 'B2',
  queue: 'billing',
  channel: 'voice',
  detector: 'target_breach',
  severity: 'warning',
} as const;

type SignalOverrides = Omit<Partial<AlertSignal>, 'labels'> & { labels?: Record<string, string> };

/** A firing warning about Billing voice service level at T0, with two ranked candidates. */
export function signal(overrides: SignalOverrides = {}): AlertSignal {
  const { labels, ...rest } = overrides;
  return {
    tenantId: 'acme',
    labels: { ...BASE_LABELS, ...labels },
    status: 'firing',
    at: T0,
    summary: 'Voice service level in Billing 62 % (target ≥ 80 %)',
    description: 'Service level fell over the last hour; staffing is below schedule.',
    value: { observed: 0.62, text: '62 %', yardstick: { name: 'target', value: 0.8, text: '≥ 80 %' } },
    candidates: [
      { rank: 1, summary: 'Staffed agents below schedule', contribution: 0.55, evidence: { scheduled: 42, staffed: 31 } },
      { rank: 2, summary: 'Handle time above baseline', contribution: 0.3, evidence: { aht_s: 412, baseline_s: 360 } },
    ],
    ...rest,
  };
}

/** The instance a firing signal opens (processed at the signal's time). */
export function fired(overrides: SignalOverrides = {}): AlertInstance {
  const s = signal(overrides);
  return mustInstance(applySignal(undefined, s, s.at).instance);
}

/** The instance after applying a signal to it. */
export function applied(current: AlertInstance, overrides: SignalOverrides, now?: number): AlertInstance {
  const s = signal(overrides);
  return mustInstance(applySignal(current, s, now ?? s.at).instance);
}

/** Narrows an optional instance for a test that expects one. */
export function mustInstance(instance: AlertInstance | undefined): AlertInstance {
  if (instance === undefined) {
    throw new Error('expected an instance');
  }
  return instance;
}

/** One receiver of each kind; one catch-all route to `routeReceivers` (the webhook by default). */
export function tenantConfig(routeReceivers: string[] = ['ops-hook'], overrides: Partial<TenantAlertingConfig> = {}): TenantAlertingConfig {
  return {
    receivers: [
      { name: 'ops-hook', kind: 'webhook', url: 'https://hooks.example.com/vahti', secret: 'whsec_0123456789abcdef' },
      { name: 'ops-slack', kind: 'slack', webhookUrl: 'https://hooks.slack.com/services/T0/B0/XXXX' },
      { name: 'ops-teams', kind: 'teams', webhookUrl: 'https://example.webhook.office.com/workflows/abc' },
      { name: 'ops-mail', kind: 'email', to: ['cc-managers@example.com'], from: 'vahti@example.com' },
      { name: 'am', kind: 'alertmanager', url: 'http://alertmanager:9093/' },
    ],
    routes: [{ receivers: routeReceivers }],
    ...overrides,
  };
}

/** The first notification planned for `receiver` about `instances` at `now` (throws when none is due). */
export function plannedFor(
  receiver: string,
  instances: AlertInstance[],
  now: number,
  log: NotificationLogEntry[] = [],
): PlannedNotification {
  const { groups } = groupAlerts('acme', tenantConfig([receiver]), instances);
  const notification = planNotifications(groups, log, {}, now).due[0];
  if (notification === undefined) {
    throw new Error(`nothing due for ${receiver} at ${now}`);
  }
  return notification;
}

/** Rendering at `now` with links to https://vahti.example.com, times in UTC. */
export function renderContext(now: number, timeZone = 'UTC'): RenderContext {
  return { now, externalUrl: 'https://vahti.example.com', timeZone };
}

/** The first element, for a test that expects one. */
export function only<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined || items.length !== 1) {
    throw new Error(`expected exactly one item, got ${items.length}`);
  }
  return item;
}

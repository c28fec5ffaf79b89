// The generic webhook body: Alertmanager's webhook "version 4" shape (detection-and-stack.md §C.1),
// so receivers written for Alertmanager accept it unchanged, plus a `vahti` object at the top (the
// idempotency key, sequence, reason) and on each alert (state, acknowledgement, value, ranked root-
// cause candidates and the plain-language sentences). Firing alerts carry Alertmanager's zero endsAt.
import type { WebhookReceiver } from '../config/alerting-config-schema';
import type { AlertValue, RootCause } from '../model/alert-signal';
import type { Acknowledgement } from '../model/alert-instance';
import type { NotificationAlert } from '../notifications/notify-decision';
import type { PlannedNotification } from '../notifications/plan-notifications';
import { describeAlert, notificationTitle } from './plain-language';
import type { RenderContext } from './render-context';
import type { RenderedNotification } from './rendered-notification';
import { signWebhookRequest } from './webhook-signature';

/** Alertmanager's endsAt of an alert that has not ended. */
export const WEBHOOK_ZERO_TIME = '0001-01-01T00:00:00Z';
export const WEBHOOK_SCHEMA_VERSION = 1;

export interface WebhookAlert {
  readonly status: 'firing' | 'resolved';
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly generatorURL: string;
  readonly fingerprint: string;
  readonly vahti: {
    readonly alertId: string;
    readonly state: NotificationAlert['status'];
    readonly severity: string;
    readonly previousSeverity: string | null;
    readonly acknowledgement: Acknowledgement | null;
    readonly value: AlertValue | null;
    readonly candidates: readonly RootCause[];
    readonly text: { readonly state: string; readonly value: string; readonly causes: readonly string[] };
  };
}

export interface WebhookBody {
  readonly version: '4';
  readonly groupKey: string;
  readonly truncatedAlerts: 0;
  readonly status: 'firing' | 'resolved';
  readonly receiver: string;
  readonly groupLabels: Readonly<Record<string, string>>;
  readonly commonLabels: Readonly<Record<string, string>>;
  readonly commonAnnotations: Readonly<Record<string, string>>;
  readonly externalURL: string;
  readonly alerts: readonly WebhookAlert[];
  readonly vahti: {
    readonly schemaVersion: number;
    readonly tenantId: string;
    readonly idempotencyKey: string;
    readonly sequence: number;
    readonly reason: string;
    readonly title: string;
  };
}

/** The webhook body of a notification. */
export function webhookBody(notification: PlannedNotification, context: RenderContext): WebhookBody {
  const alerts = notification.alerts.map((alert) => webhookAlert(alert, context));
  return {
    version: '4',
    groupKey: notification.groupKey,
    truncatedAlerts: 0,
    status: notification.status,
    receiver: notification.receiver.name,
    groupLabels: notification.groupLabels,
    commonLabels: common(alerts.map((a) => a.labels)),
    commonAnnotations: common(alerts.map((a) => a.annotations)),
    externalURL: context.externalUrl ?? '',
    alerts,
    vahti: {
      schemaVersion: WEBHOOK_SCHEMA_VERSION,
      tenantId: notification.tenantId,
      idempotencyKey: notification.idempotencyKey,
      sequence: notification.sequence,
      reason: notification.reason,
      title: notificationTitle(notification),
    },
  };
}

/** The signed HTTP request for a webhook receiver (signed at `context.now`; re-sign per attempt). */
export function renderWebhook(notification: PlannedNotification, receiver: WebhookReceiver, context: RenderContext): RenderedNotification {
  const request = {
    method: 'POST' as const,
    url: receiver.url,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': notification.idempotencyKey },
    body: JSON.stringify(webhookBody(notification, context)),
  };
  return {
    channel: 'http',
    idempotencyKey: notification.idempotencyKey,
    request: signWebhookRequest(request, receiver.secret, context.now),
  };
}

function webhookAlert(alert: NotificationAlert, context: RenderContext): WebhookAlert {
  const { instance } = alert;
  const words = describeAlert(alert, context);
  return {
    status: alert.status === 'resolved' ? 'resolved' : 'firing',
    labels: instance.labels,
    annotations: { summary: instance.summary, description: instance.description },
    startsAt: new Date(instance.startsAt).toISOString(),
    endsAt: alert.status === 'resolved' && instance.resolvedAt !== null ? new Date(instance.resolvedAt).toISOString() : WEBHOOK_ZERO_TIME,
    generatorURL: words.link ?? '',
    fingerprint: instance.fingerprint,
    vahti: {
      alertId: instance.id,
      state: alert.status,
      severity: instance.severity,
      previousSeverity: alert.previousSeverity,
      acknowledgement: instance.acknowledgement,
      value: instance.value,
      candidates: instance.candidates,
      text: { state: words.state, value: words.value, causes: words.causes },
    },
  };
}

/** The key/value pairs every record shares. */
function common(records: readonly Readonly<Record<string, string>>[]): Record<string, string> {
  const [first, ...rest] = records;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(first ?? {})) {
    if (rest.every((r) => r[key] === value)) {
      out[key] = value;
    }
  }
  return out;
}

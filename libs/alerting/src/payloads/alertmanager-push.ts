// Push to a Prometheus Alertmanager: the body of `POST /api/v2/alerts`, an array of {labels,
// annotations, startsAt, endsAt, generatorURL} (detection-and-stack.md §C.1; API v1 is gone since
// 0.27). Alertmanager resolves an alert by itself when its endsAt passes, so an active alert is
// given endsAt = now + 4 re-send intervals (§C.4 "endsAt = now + 4 × evaluation interval";
// grafana/grafana#37461 flapped with an endsAt shorter than the re-send delay) and is re-sent every
// 60 s (receiver-timing.ts); a resolved one is sent once with its resolution time as endsAt. Labels
// are Alertmanager's identity, so after a severity change the old label set is resolved explicitly
// rather than left to expire beside the new one (§C.4: model each severity as its own alert).
import type { AlertmanagerReceiver } from '../config/alerting-config-schema';
import type { NotificationAlert } from '../notifications/notify-decision';
import type { PlannedNotification } from '../notifications/plan-notifications';
import { ALERTMANAGER_RESEND_INTERVAL_MS } from '../notifications/receiver-timing';
import { candidateLines, stateSentence, valueSentence } from './plain-language';
import { alertLink, type RenderContext } from './render-context';
import type { RenderedNotification } from './rendered-notification';

/** endsAt of an active alert = now + this (4 re-send intervals, §C.4). */
export const ALERTMANAGER_ACTIVE_ENDS_AT_MS = 4 * ALERTMANAGER_RESEND_INTERVAL_MS;

/** One element of the POST /api/v2/alerts body (Alertmanager's postableAlert). */
export interface PostableAlert {
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly generatorURL?: string;
}

/** The postable alerts of a notification: every alert in it, plus the retired label set of each severity change. */
export function alertmanagerAlerts(notification: PlannedNotification, context: RenderContext): PostableAlert[] {
  return notification.alerts.flatMap((alert) => {
    const current = postable(alert, context);
    if (alert.previousSeverity === null) {
      return [current];
    }
    const retired: PostableAlert = {
      ...current,
      labels: { ...current.labels, severity: alert.previousSeverity },
      endsAt: iso(context.now),
    };
    return [retired, current];
  });
}

/** The HTTP request for an Alertmanager receiver. */
export function renderAlertmanagerPush(
  notification: PlannedNotification,
  receiver: AlertmanagerReceiver,
  context: RenderContext,
): RenderedNotification {
  return {
    channel: 'http',
    idempotencyKey: notification.idempotencyKey,
    request: {
      method: 'POST',
      url: `${receiver.url.replace(/\/+$/, '')}/api/v2/alerts`,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': notification.idempotencyKey },
      body: JSON.stringify(alertmanagerAlerts(notification, context)),
    },
  };
}

function postable(alert: NotificationAlert, context: RenderContext): PostableAlert {
  const { instance } = alert;
  const link = alertLink(context, instance.id);
  const endsAt = alert.status === 'resolved' ? (instance.resolvedAt ?? context.now) : context.now + ALERTMANAGER_ACTIVE_ENDS_AT_MS;
  return {
    labels: { tenant: instance.tenantId, ...instance.labels },
    annotations: {
      summary: instance.summary,
      description: instance.description,
      state: stateSentence(alert, context),
      value: valueSentence(instance.value),
      root_causes: candidateLines(instance.candidates).join('\n'),
      // §C.4: the candidates also as a JSON string, for tools that parse them.
      rca: JSON.stringify(instance.candidates),
      vahti_state: alert.status,
      vahti_alert_id: instance.id,
    },
    startsAt: iso(instance.startsAt),
    endsAt: iso(endsAt),
    ...(link !== null && { generatorURL: link }),
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

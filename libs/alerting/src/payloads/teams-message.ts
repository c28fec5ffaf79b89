// Microsoft Teams incoming webhook (Workflows / Power Automate): a `message` with one Adaptive Card
// attachment, the shape Alertmanager's msteamsv2 notifier posts (notify/msteamsv2/msteamsv2.go:
// contentType application/vnd.microsoft.card.adaptive, contentUrl null, card version 1.2, full
// width). Each alert gets its own text blocks (state, value, causes) and a fact set of its scope, so
// nothing depends on Teams' partial Markdown support for line breaks.
import type { TeamsReceiver } from '../config/alerting-config-schema';
import type { PlannedNotification } from '../notifications/plan-notifications';
import { describeAlert, notificationTitle } from './plain-language';
import type { RenderContext } from './render-context';
import type { RenderedNotification } from './rendered-notification';
import { MAX_ALERTS_SHOWN } from './slack-message';

type CardElement =
  | {
      readonly type: 'TextBlock';
      readonly text: string;
      readonly wrap: true;
      readonly weight?: 'Bolder';
      readonly size?: 'Medium';
      readonly color?: 'Attention' | 'Warning' | 'Good';
      readonly separator?: true;
    }
  | { readonly type: 'FactSet'; readonly facts: readonly { readonly title: string; readonly value: string }[] };

export interface TeamsMessage {
  readonly type: 'message';
  readonly attachments: readonly [
    {
      readonly contentType: 'application/vnd.microsoft.card.adaptive';
      readonly contentUrl: null;
      readonly content: {
        readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
        readonly type: 'AdaptiveCard';
        readonly version: '1.2';
        readonly msteams: { readonly width: 'Full' };
        readonly body: readonly CardElement[];
        readonly actions: readonly { readonly type: 'Action.OpenUrl'; readonly title: string; readonly url: string }[];
      };
    },
  ];
}

/** The Teams message of a notification. */
export function teamsMessage(notification: PlannedNotification, context: RenderContext): TeamsMessage {
  const color =
    notification.status === 'resolved'
      ? 'Good'
      : notification.alerts.some((a) => a.instance.severity === 'critical')
        ? 'Attention'
        : 'Warning';
  const body: CardElement[] = [
    { type: 'TextBlock', text: notificationTitle(notification), wrap: true, weight: 'Bolder', size: 'Medium', color },
  ];
  const actions: { type: 'Action.OpenUrl'; title: string; url: string }[] = [];
  const shown = notification.alerts.slice(0, MAX_ALERTS_SHOWN);
  for (const alert of shown) {
    const words = describeAlert(alert, context);
    body.push(
      { type: 'TextBlock', text: words.heading, wrap: true, weight: 'Bolder', separator: true },
      { type: 'TextBlock', text: words.state, wrap: true },
      { type: 'TextBlock', text: words.value, wrap: true },
      { type: 'TextBlock', text: 'Likely causes', wrap: true, weight: 'Bolder' },
      ...words.causes.map((line) => ({ type: 'TextBlock' as const, text: line, wrap: true as const })),
      { type: 'FactSet', facts: facts(alert.instance.labels) },
    );
    if (words.link !== null && actions.length < 5) {
      actions.push({
        type: 'Action.OpenUrl',
        title: shown.length === 1 ? 'Open in Vahti' : `Open: ${alert.instance.labels.kpi ?? alert.instance.id}`,
        url: words.link,
      });
    }
  }
  const hidden = notification.alerts.length - shown.length;
  if (hidden > 0) {
    body.push({ type: 'TextBlock', text: `…and ${hidden} more alert${hidden === 1 ? '' : 's'} in this group.`, wrap: true });
  }
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.2',
          msteams: { width: 'Full' },
          body,
          actions,
        },
      },
    ],
  };
}

/** The HTTP request for a Teams receiver. */
export function renderTeams(notification: PlannedNotification, receiver: TeamsReceiver, context: RenderContext): RenderedNotification {
  return {
    channel: 'http',
    idempotencyKey: notification.idempotencyKey,
    request: {
      method: 'POST',
      url: receiver.webhookUrl,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': notification.idempotencyKey },
      body: JSON.stringify(teamsMessage(notification, context)),
    },
  };
}

function facts(labels: Readonly<Record<string, string>>): { title: string; value: string }[] {
  return ['kpi', 'queue', 'channel', 'process', 'area', 'detector', 'severity'].flatMap((name) => {
    const value = labels[name];
    return value === undefined ? [] : [{ title: name, value }];
  });
}

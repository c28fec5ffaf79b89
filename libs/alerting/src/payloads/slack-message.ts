// Slack incoming webhook message: `text` (the notification fallback and screen-reader line) plus
// Block Kit blocks, one section per alert with state, value and yardstick, and ranked causes, and a
// context line with its scope and link. Slack caps header text at 150 characters, section text at
// 3000 and a message at 50 blocks, so at most 10 alerts are shown and the rest counted. User text is
// escaped everywhere, header included: Slack decodes &amp; &lt; &gt; in all message text.
import type { SlackReceiver } from '../config/alerting-config-schema';
import type { PlannedNotification } from '../notifications/plan-notifications';
import { describeAlert, notificationTitle } from './plain-language';
import type { RenderContext } from './render-context';
import type { RenderedNotification } from './rendered-notification';
import { escapeSlack, truncate } from './text-escaping';

/** Alerts shown per chat message; the rest are counted in a last line. */
export const MAX_ALERTS_SHOWN = 10;

type Block =
  | { readonly type: 'header'; readonly text: { readonly type: 'plain_text'; readonly text: string } }
  | { readonly type: 'section'; readonly text: { readonly type: 'mrkdwn'; readonly text: string } }
  | { readonly type: 'context'; readonly elements: readonly { readonly type: 'mrkdwn'; readonly text: string }[] }
  | { readonly type: 'divider' };

export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Block[];
}

/** The Slack message of a notification. */
export function slackMessage(notification: PlannedNotification, context: RenderContext): SlackMessage {
  const title = notificationTitle(notification);
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: truncate(escapeSlack(title), 150) } }];
  const shown = notification.alerts.slice(0, MAX_ALERTS_SHOWN);
  shown.forEach((alert, index) => {
    const words = describeAlert(alert, context);
    const body = [
      `*${escapeSlack(words.heading)}*`,
      escapeSlack(words.state),
      escapeSlack(words.value),
      '*Likely causes*',
      ...words.causes.map(escapeSlack),
    ].join('\n');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(body, 3000) } });
    const link = words.link === null ? '' : ` · <${words.link}|Open in Vahti>`;
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${escapeSlack(words.scope)}${link}` }] });
    if (index < shown.length - 1) {
      blocks.push({ type: 'divider' });
    }
  });
  const hidden = notification.alerts.length - shown.length;
  if (hidden > 0) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `…and ${hidden} more alert${hidden === 1 ? '' : 's'} in this group.` }],
    });
  }
  const first = notification.alerts[0];
  const fallback = first === undefined ? title : `${title} — ${describeAlert(first, context).value}`;
  return { text: escapeSlack(fallback), blocks };
}

/** The HTTP request for a Slack receiver (Slack ignores the Idempotency-Key header; it is kept for proxies). */
export function renderSlack(notification: PlannedNotification, receiver: SlackReceiver, context: RenderContext): RenderedNotification {
  return {
    channel: 'http',
    idempotencyKey: notification.idempotencyKey,
    request: {
      method: 'POST',
      url: receiver.webhookUrl,
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': notification.idempotencyKey },
      body: JSON.stringify(slackMessage(notification, context)),
    },
  };
}

// One entry point for the outbox writer: the planned notification and its receiver's configuration
// in, the channel's request or e-mail out. The switch is exhaustive, so a new receiver kind fails to
// compile until it has a renderer.
import type { ReceiverConfig } from '../config/alerting-config-schema';
import type { PlannedNotification } from '../notifications/plan-notifications';
import { renderAlertmanagerPush } from './alertmanager-push';
import { renderEmail } from './email-message';
import type { RenderContext } from './render-context';
import type { RenderedNotification } from './rendered-notification';
import { renderSlack } from './slack-message';
import { renderTeams } from './teams-message';
import { renderWebhook } from './webhook-payload';

/** Renders a planned notification for the receiver it was planned for. */
export function renderNotification(
  notification: PlannedNotification,
  receiver: ReceiverConfig,
  context: RenderContext,
): RenderedNotification {
  if (receiver.name !== notification.receiver.name || receiver.kind !== notification.receiver.kind) {
    throw new Error(
      `notification for ${notification.receiver.kind} receiver "${notification.receiver.name}" rendered for ${receiver.kind} "${receiver.name}"`,
    );
  }
  switch (receiver.kind) {
    case 'webhook':
      return renderWebhook(notification, receiver, context);
    case 'slack':
      return renderSlack(notification, receiver, context);
    case 'teams':
      return renderTeams(notification, receiver, context);
    case 'email':
      return renderEmail(notification, receiver, context);
    case 'alertmanager':
      return renderAlertmanagerPush(notification, receiver, context);
  }
}

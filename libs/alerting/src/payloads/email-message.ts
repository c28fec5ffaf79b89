// E-mail notification: subject, plain-text and HTML bodies with the same sentences, and headers that
// make redelivery harmless: Message-ID is derived from the idempotency key (a mail system that sees
// the same Message-ID twice may drop the second; RFC 5322 §3.6.4 makes it unique per message), the
// key itself is in X-Vahti-Idempotency-Key for filters, and References names the group so clients
// thread a group's notifications. Everything user-controlled is HTML-escaped or header-sanitised.
import type { EmailReceiver } from '../config/alerting-config-schema';
import { sha256Hex } from '../model/stable-hash';
import type { PlannedNotification } from '../notifications/plan-notifications';
import { describeAlert, notificationTitle, type AlertDescription } from './plain-language';
import type { RenderContext } from './render-context';
import type { EmailMessageSpec, RenderedNotification } from './rendered-notification';
import { escapeHtml, headerSafe, truncate } from './text-escaping';

/** Right-hand side of Message-IDs when the receiver has no From address. */
export const DEFAULT_MESSAGE_ID_DOMAIN = 'vahti.invalid';

/** The e-mail of a notification for an e-mail receiver. */
export function emailMessage(notification: PlannedNotification, receiver: EmailReceiver, context: RenderContext): EmailMessageSpec {
  const domain = receiver.from?.split('@')[1] ?? DEFAULT_MESSAGE_ID_DOMAIN;
  const title = notificationTitle(notification);
  const described = notification.alerts.map((alert) => describeAlert(alert, context));
  const thread = sha256Hex(`${notification.tenantId}\n${receiver.name}\n${notification.groupKey}`).slice(0, 32);
  const footer = `Notification ${notification.sequence} of group ${notification.groupKey} (idempotency key ${notification.idempotencyKey}).`;
  return {
    from: receiver.from ?? null,
    to: [...receiver.to],
    subject: truncate(headerSafe(title), 200),
    headers: {
      'Message-ID': `<${notification.idempotencyKey}@${domain}>`,
      'X-Vahti-Idempotency-Key': notification.idempotencyKey,
      References: `<group-${thread}@${domain}>`,
    },
    text: [title, '', ...described.flatMap(textSection), footer, ''].join('\n'),
    html: [
      '<!DOCTYPE html>',
      '<html><body style="font-family: sans-serif">',
      `<h2>${escapeHtml(title)}</h2>`,
      ...described.map(htmlSection),
      `<p style="color: #666; font-size: small">${escapeHtml(footer)}</p>`,
      '</body></html>',
      '',
    ].join('\n'),
  };
}

/** The rendered e-mail for the outbox. */
export function renderEmail(notification: PlannedNotification, receiver: EmailReceiver, context: RenderContext): RenderedNotification {
  return { channel: 'email', idempotencyKey: notification.idempotencyKey, message: emailMessage(notification, receiver, context) };
}

function textSection(words: AlertDescription): string[] {
  return [
    words.heading,
    words.state,
    words.value,
    'Likely causes:',
    ...words.causes.map((line) => `  ${line}`),
    words.scope,
    ...(words.link === null ? [] : [words.link]),
    '',
  ];
}

function htmlSection(words: AlertDescription): string {
  const link = words.link === null ? '' : `<p><a href="${escapeHtml(words.link)}">Open in Vahti</a></p>`;
  return [
    `<h3>${escapeHtml(words.heading)}</h3>`,
    `<p>${escapeHtml(words.state)}<br>${escapeHtml(words.value)}</p>`,
    '<p><strong>Likely causes</strong></p>',
    `<ol>${words.causes.map((line) => `<li>${escapeHtml(line.replace(/^\d+\.\s*/, ''))}</li>`).join('')}</ol>`,
    `<p style="color: #666">${escapeHtml(words.scope)}</p>`,
    link,
  ].join('\n');
}

// E-mail delivery over SMTP with nodemailer. The lib's Message-ID (derived from the idempotency key)
// is set as nodemailer's messageId, so every attempt of a notification carries the same one; the
// other headers (X-Vahti-Idempotency-Key, References) pass through. An SMTP reply code maps to the
// lib's smtp result (2yz delivered, 4yz retry, 5yz permanent); no reply at all is a network error.
import { createTransport, type Transporter } from 'nodemailer';
import type { AttemptResult, EmailMessageSpec } from '@vahti/alerting';
import { describeError } from './notification-senders';

export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (465); otherwise STARTTLS when offered. */
  readonly secure: boolean;
  readonly rejectUnauthorized: boolean;
  readonly auth: { readonly user: string; readonly pass: string } | null;
  /** From address of messages that carry none. */
  readonly from: string | null;
  /** Connection, greeting and socket timeout of one attempt. */
  readonly timeoutMs: number;
}

/** One SMTP transport per process; each send is one attempt. */
export class SmtpSender {
  private readonly transport: Transporter;

  constructor(private readonly settings: SmtpSettings) {
    this.transport = createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.auth !== null && { auth: { user: settings.auth.user, pass: settings.auth.pass } }),
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
      tls: { rejectUnauthorized: settings.rejectUnauthorized },
    });
  }

  /** Sends one message. */
  async send(message: EmailMessageSpec): Promise<AttemptResult> {
    const { 'Message-ID': messageId, ...headers } = message.headers;
    const from = message.from ?? this.settings.from;
    if (from === null) {
      return { kind: 'smtp', code: 550, message: 'no From address (set ALERTER_SMTP_FROM or the receiver from)' };
    }
    try {
      const info = (await this.transport.sendMail({
        from,
        to: [...message.to],
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers,
        ...(messageId !== undefined && { messageId }),
      })) as { response?: string };
      return { kind: 'smtp', code: replyCode(info.response) ?? 250 };
    } catch (error) {
      const code = (error as { responseCode?: unknown }).responseCode;
      return typeof code === 'number'
        ? { kind: 'smtp', code, message: describeError(error) }
        : { kind: 'network', error: describeError(error) };
    }
  }

  /** Closes pooled connections (none are kept between sends, but nodemailer may hold one). */
  close(): void {
    this.transport.close();
  }
}

function replyCode(response: string | undefined): number | null {
  const match = /^(\d{3})/.exec(response ?? '');
  return match?.[1] === undefined ? null : Number(match[1]);
}

// The delivery port: one attempt per call, its result in @vahti/alerting's AttemptResult terms so
// classifyAttempt decides delivered / retry / permanent. Senders never throw for a failed delivery.
import type { AttemptResult, EmailMessageSpec, HttpRequestSpec } from '@vahti/alerting';

export interface NotificationSenders {
  /** One HTTP request (webhook, Slack, Teams, Alertmanager). */
  http(request: HttpRequestSpec): Promise<AttemptResult>;
  /** One e-mail over SMTP. */
  email(message: EmailMessageSpec): Promise<AttemptResult>;
}

/** A readable reason for a failed attempt, with the underlying code (ECONNREFUSED, ...) when there is one. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = cause === undefined ? undefined : typeof cause.code === 'string' ? cause.code : String(cause.message);
  return detail === undefined ? error.message : `${error.message}: ${detail}`;
}

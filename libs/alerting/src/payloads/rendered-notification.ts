// The renderers' output: data for the outbox, never a send. HTTP requests carry their body as the
// exact string to put on the wire (the webhook signature is over those bytes); e-mails carry headers,
// a text and an HTML part for the app's SMTP client.

export interface HttpRequestSpec {
  readonly method: 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface EmailMessageSpec {
  readonly from: string | null;
  readonly to: readonly string[];
  readonly subject: string;
  /** Message-ID, X-Vahti-Idempotency-Key, References. */
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  readonly html: string;
}

export type RenderedNotification =
  | { readonly channel: 'http'; readonly idempotencyKey: string; readonly request: HttpRequestSpec }
  | { readonly channel: 'email'; readonly idempotencyKey: string; readonly message: EmailMessageSpec };

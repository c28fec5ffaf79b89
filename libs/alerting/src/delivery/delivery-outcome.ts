// What a delivery attempt's result means for the outbox: delivered, try again, or give up. HTTP
// follows Alertmanager's retrier (notify/util.go: 2xx success, 5xx retried, other codes not) plus
// 429 Too Many Requests and 408 Request Timeout, which ask the client to come back later (RFC 6585
// §4, RFC 9110 §15.5.9), with Retry-After honoured; a network error (no response) is retried. SMTP
// follows RFC 5321 §4.2.1: 2yz done, 4yz transient, 5yz permanent.

export type AttemptResult =
  | { readonly kind: 'http'; readonly status: number; readonly retryAfter?: string | null }
  | { readonly kind: 'network'; readonly error: string }
  | { readonly kind: 'smtp'; readonly code: number; readonly message?: string };

export type DeliveryOutcome =
  | { readonly outcome: 'delivered' }
  | { readonly outcome: 'retry'; readonly reason: string; readonly retryAfterMs: number | null }
  | { readonly outcome: 'permanent'; readonly reason: string };

/** Milliseconds a Retry-After value asks to wait (delta-seconds or an HTTP date), or null when unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed) * 1000;
  }
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** Delivered, retry (with the server's wait, if any) or permanent failure. */
export function classifyAttempt(result: AttemptResult, now: number): DeliveryOutcome {
  switch (result.kind) {
    case 'network':
      return { outcome: 'retry', reason: `network error: ${result.error}`, retryAfterMs: null };
    case 'http': {
      const { status } = result;
      if (status >= 200 && status < 300) {
        return { outcome: 'delivered' };
      }
      if (status >= 500 || status === 429 || status === 408) {
        return { outcome: 'retry', reason: `HTTP ${status}`, retryAfterMs: parseRetryAfter(result.retryAfter, now) };
      }
      return { outcome: 'permanent', reason: `HTTP ${status}` };
    }
    case 'smtp': {
      const klass = Math.floor(result.code / 100);
      const reason = `SMTP ${result.code}${result.message === undefined ? '' : ` ${result.message}`}`;
      if (klass === 2) {
        return { outcome: 'delivered' };
      }
      return klass === 4 ? { outcome: 'retry', reason, retryAfterMs: null } : { outcome: 'permanent', reason };
    }
  }
}

// HTTP delivery with Node's built-in fetch, one attempt bounded by AbortSignal.timeout. Redirects are
// not followed: a webhook URL that redirects is misconfigured (and a 302 would turn the POST into a
// GET), so the 3xx is reported and, like other non-retryable statuses, fails the notification.
import type { AttemptResult, HttpRequestSpec } from '@vahti/alerting';
import { describeError } from './notification-senders';

/** Sends one request; a timeout or connection error is a `network` result, never a throw. */
export async function sendHttp(request: HttpRequestSpec, timeoutMs: number): Promise<AttemptResult> {
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Read the body so the connection returns to the pool; its content does not matter.
    await response.arrayBuffer().catch(() => undefined);
    return { kind: 'http', status: response.status, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    return { kind: 'network', error: describeError(error) };
  }
}

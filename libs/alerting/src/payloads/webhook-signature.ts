// Signing of generic webhook bodies, the Stripe/GitHub way: X-Vahti-Timestamp is the Unix time in
// seconds, X-Vahti-Signature is "sha256=" + hex HMAC-SHA256(secret, "<timestamp>.<body>"). The
// timestamp inside the signed text lets receivers reject replays older than a tolerance; the outbox
// worker re-signs at every attempt so a retry is not rejected as stale. Receivers verify with
// verifyWebhookSignature or the recipe in libs/alerting/README.md.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { HttpRequestSpec } from './rendered-notification';

export const SIGNATURE_HEADER = 'X-Vahti-Signature';
export const TIMESTAMP_HEADER = 'X-Vahti-Timestamp';
/** How old a signature a receiver should accept (Stripe's libraries default to 300 s). */
export const DEFAULT_SIGNATURE_TOLERANCE_MS = 5 * 60_000;

/** "sha256=<hex HMAC-SHA256(secret, `${timestampSeconds}.${body}`)>". */
export function webhookSignature(secret: string, timestampSeconds: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex')}`;
}

/** The request with fresh timestamp and signature headers for an attempt at `now` (epoch ms). */
export function signWebhookRequest(request: HttpRequestSpec, secret: string, now: number): HttpRequestSpec {
  const timestamp = Math.floor(now / 1000);
  return {
    ...request,
    headers: {
      ...request.headers,
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: webhookSignature(secret, timestamp, request.body),
    },
  };
}

export interface SignatureCheck {
  readonly secret: string;
  /** The raw body bytes as received, before any JSON parsing. */
  readonly body: string;
  readonly timestamp: string | undefined;
  readonly signature: string | undefined;
  readonly now: number;
  readonly toleranceMs?: number;
}

export type SignatureVerdict =
  { readonly ok: true } | { readonly ok: false; readonly reason: 'missing' | 'bad_timestamp' | 'stale' | 'mismatch' };

/** What a receiver does: recompute the HMAC, compare in constant time, and reject stale timestamps. */
export function verifyWebhookSignature(check: SignatureCheck): SignatureVerdict {
  if (check.timestamp === undefined || check.signature === undefined) {
    return { ok: false, reason: 'missing' };
  }
  if (!/^\d+$/.test(check.timestamp)) {
    return { ok: false, reason: 'bad_timestamp' };
  }
  const seconds = Number(check.timestamp);
  if (Math.abs(check.now - seconds * 1000) > (check.toleranceMs ?? DEFAULT_SIGNATURE_TOLERANCE_MS)) {
    return { ok: false, reason: 'stale' };
  }
  const expected = Buffer.from(webhookSignature(check.secret, seconds, check.body), 'utf8');
  const given = Buffer.from(check.signature, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'mismatch' };
}

// When the outbox worker tries a failed delivery again: exponential back-off with a cap, spread by a
// jitter that is derived from the notification's idempotency key rather than drawn at random, so
// the schedule is reproducible in tests and after restarts while different notifications that
// failed together (a receiver outage) do not all retry in the same second. A server's Retry-After
// is honoured when it asks for longer, up to a limit. The defaults are our choice: first retry after
// 10 s, doubling to at most 15 min, 20 attempts ≈ 3.5 h of trying before the notification is failed.
import { sha256Hex } from '../model/stable-hash';
import type { ReceiverKind } from '../model/constants';
import { ALERTMANAGER_RESEND_INTERVAL_MS } from '../notifications/receiver-timing';

export interface RetryPolicy {
  readonly initialDelayMs: number;
  readonly multiplier: number;
  readonly maxDelayMs: number;
  /** Attempts in all, the first included; after the last failure the notification is failed. */
  readonly maxAttempts: number;
  /** Up to this share of a delay is taken off, by the key's jitter (0 = none). */
  readonly jitterRatio: number;
  /** A longer Retry-After is cut to this. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  initialDelayMs: 10_000,
  multiplier: 2,
  maxDelayMs: 15 * 60_000,
  maxAttempts: 20,
  jitterRatio: 0.2,
  maxRetryAfterMs: 60 * 60_000,
};

/**
 * Alertmanager pushes go stale: the next re-send (every 60 s) supersedes a failed one, so retrying
 * past a few re-send intervals only risks delivering old state after newer state.
 */
export const ALERTMANAGER_RETRY_POLICY: RetryPolicy = {
  initialDelayMs: 5_000,
  multiplier: 2,
  maxDelayMs: ALERTMANAGER_RESEND_INTERVAL_MS,
  maxAttempts: 4,
  jitterRatio: 0.2,
  maxRetryAfterMs: ALERTMANAGER_RESEND_INTERVAL_MS,
};

/** The retry policy of a receiver kind. */
export function retryPolicyFor(kind: ReceiverKind): RetryPolicy {
  return kind === 'alertmanager' ? ALERTMANAGER_RETRY_POLICY : DEFAULT_RETRY_POLICY;
}

/** A number in [0, 1) fixed by the key and the attempt. */
export function jitterFraction(key: string, attempt: number): number {
  return parseInt(sha256Hex(`${key}#${attempt}`).slice(0, 8), 16) / 0x1_0000_0000;
}

/**
 * When to make the next attempt after `attempt` attempts have failed (1 after the first), or null
 * when the policy's attempts are used up. `retryAfterMs` is the server's Retry-After, if it sent one.
 */
export function nextAttemptAt(
  attempt: number,
  now: number,
  policy: RetryPolicy,
  jitterKey: string,
  retryAfterMs?: number | null,
): number | null {
  if (attempt >= policy.maxAttempts) {
    return null;
  }
  const exponent = Math.max(0, attempt - 1);
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * Math.pow(policy.multiplier, exponent));
  let delay = Math.round(base * (1 - policy.jitterRatio * jitterFraction(jitterKey, attempt)));
  if (retryAfterMs !== undefined && retryAfterMs !== null) {
    delay = Math.max(delay, Math.min(retryAfterMs, policy.maxRetryAfterMs));
  }
  return now + delay;
}

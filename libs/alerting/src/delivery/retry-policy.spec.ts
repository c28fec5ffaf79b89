import {
  ALERTMANAGER_RETRY_POLICY,
  DEFAULT_RETRY_POLICY,
  jitterFraction,
  nextAttemptAt,
  retryPolicyFor,
  type RetryPolicy,
} from './retry-policy';

describe('nextAttemptAt', () => {
  const now = Date.UTC(2025, 2, 3, 9, 15);
  const noJitter: RetryPolicy = { ...DEFAULT_RETRY_POLICY, jitterRatio: 0 };

  it('doubles from 10 s and caps at 15 min (no jitter)', () => {
    // 10 s · 2^(attempt-1): 10, 20, 40, 80, 160, 320, 640 s, then the 900 s cap.
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempt) => ((nextAttemptAt(attempt, now, noJitter, 'k') ?? Number.NaN) - now) / 1000);
    expect(delays).toEqual([10, 20, 40, 80, 160, 320, 640, 900, 900]);
  });

  it('gives up after maxAttempts', () => {
    expect(nextAttemptAt(19, now, DEFAULT_RETRY_POLICY, 'k')).not.toBeNull();
    expect(nextAttemptAt(20, now, DEFAULT_RETRY_POLICY, 'k')).toBeNull();
  });

  it('takes up to 20 % off each delay by a jitter fixed by key and attempt', () => {
    const key = '3b0c9f2e1a30ba71cca2921f00000000';
    const at = nextAttemptAt(3, now, DEFAULT_RETRY_POLICY, key);
    // 40 s · (1 − 0.2 · u), u from the key.
    expect(at).toBe(now + Math.round(40_000 * (1 - 0.2 * jitterFraction(key, 3))));
    expect(nextAttemptAt(3, now, DEFAULT_RETRY_POLICY, key)).toBe(at);
    expect(at).toBeGreaterThan(now + 32_000 - 1);
    expect(at).toBeLessThanOrEqual(now + 40_000);
  });

  it('spreads notifications that failed together', () => {
    const times = new Set(Array.from({ length: 50 }, (_, i) => nextAttemptAt(5, now, DEFAULT_RETRY_POLICY, `key-${i}`)));
    expect(times.size).toBeGreaterThan(40);
    for (const u of Array.from({ length: 200 }, (_, i) => jitterFraction(`k${i}`, 1))) {
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
  });

  it('waits at least as long as Retry-After asks, up to the policy limit', () => {
    expect(nextAttemptAt(1, now, noJitter, 'k', 120_000)).toBe(now + 120_000);
    expect(nextAttemptAt(1, now, noJitter, 'k', 1_000)).toBe(now + 10_000);
    expect(nextAttemptAt(1, now, noJitter, 'k', 5 * 3_600_000)).toBe(now + 3_600_000);
  });

  it('gives Alertmanager pushes a short policy, since the next re-send supersedes them', () => {
    expect(retryPolicyFor('alertmanager')).toBe(ALERTMANAGER_RETRY_POLICY);
    expect(retryPolicyFor('email')).toBe(DEFAULT_RETRY_POLICY);
    expect(nextAttemptAt(4, now, ALERTMANAGER_RETRY_POLICY, 'k')).toBeNull();
  });
});

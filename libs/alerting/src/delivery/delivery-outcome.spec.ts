import { classifyAttempt, parseRetryAfter } from './delivery-outcome';

describe('classifyAttempt', () => {
  const now = Date.UTC(2025, 2, 3, 9, 15);

  it.each([200, 202, 204])('HTTP %d is delivered', (status) => {
    expect(classifyAttempt({ kind: 'http', status }, now)).toEqual({ outcome: 'delivered' });
  });

  it.each([500, 502, 503, 504, 408])('HTTP %d is retried', (status) => {
    expect(classifyAttempt({ kind: 'http', status }, now)).toEqual({ outcome: 'retry', reason: `HTTP ${status}`, retryAfterMs: null });
  });

  it('retries 429 and 503 after their Retry-After', () => {
    expect(classifyAttempt({ kind: 'http', status: 429, retryAfter: '30' }, now)).toEqual({
      outcome: 'retry',
      reason: 'HTTP 429',
      retryAfterMs: 30_000,
    });
    expect(classifyAttempt({ kind: 'http', status: 503, retryAfter: 'Mon, 03 Mar 2025 09:17:00 GMT' }, now)).toEqual({
      outcome: 'retry',
      reason: 'HTTP 503',
      retryAfterMs: 120_000,
    });
  });

  it.each([301, 400, 401, 403, 404, 410, 413, 422])('HTTP %d is permanent', (status) => {
    expect(classifyAttempt({ kind: 'http', status }, now)).toEqual({ outcome: 'permanent', reason: `HTTP ${status}` });
  });

  it('retries network errors', () => {
    expect(classifyAttempt({ kind: 'network', error: 'ECONNREFUSED' }, now)).toEqual({
      outcome: 'retry',
      reason: 'network error: ECONNREFUSED',
      retryAfterMs: null,
    });
  });

  it('reads SMTP replies as RFC 5321 says: 2yz done, 4yz transient, 5yz permanent', () => {
    expect(classifyAttempt({ kind: 'smtp', code: 250 }, now)).toEqual({ outcome: 'delivered' });
    expect(classifyAttempt({ kind: 'smtp', code: 451, message: 'try later' }, now)).toEqual({
      outcome: 'retry',
      reason: 'SMTP 451 try later',
      retryAfterMs: null,
    });
    expect(classifyAttempt({ kind: 'smtp', code: 550 }, now)).toEqual({ outcome: 'permanent', reason: 'SMTP 550' });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2025, 2, 3, 9, 15);

  it('reads seconds and HTTP dates, never negative, null when unreadable', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 03 Mar 2025 09:16:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Mon, 03 Mar 2025 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});

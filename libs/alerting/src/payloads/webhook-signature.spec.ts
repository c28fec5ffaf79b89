import { createHmac } from 'node:crypto';
import { signWebhookRequest, verifyWebhookSignature, webhookSignature } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_0123456789abcdef';
  const body = '{"version":"4","status":"firing"}';
  const now = Date.UTC(2025, 2, 3, 9, 15, 30);
  const request = { method: 'POST' as const, url: 'https://hooks.example.com', headers: { 'Content-Type': 'application/json' }, body };

  it('is hex HMAC-SHA256 over "<unix seconds>.<body>", prefixed sha256=', () => {
    const hex = createHmac('sha256', secret).update(`1741000000.${body}`).digest('hex');
    expect(webhookSignature(secret, 1741000000, body)).toBe(`sha256=${hex}`);
  });

  it('re-signs per attempt with the attempt time', () => {
    const first = signWebhookRequest(request, secret, now);
    const retry = signWebhookRequest(first, secret, now + 60_000);
    expect(first.headers['X-Vahti-Timestamp']).toBe(String(now / 1000));
    expect(retry.headers['X-Vahti-Timestamp']).toBe(String(now / 1000 + 60));
    expect(retry.headers['X-Vahti-Signature']).not.toBe(first.headers['X-Vahti-Signature']);
    expect(retry.headers['Content-Type']).toBe('application/json');
  });

  describe('verifyWebhookSignature', () => {
    const signed = signWebhookRequest(request, secret, now);
    const check = {
      secret,
      body,
      timestamp: signed.headers['X-Vahti-Timestamp'],
      signature: signed.headers['X-Vahti-Signature'],
      now: now + 10_000,
    };

    it('accepts the genuine request', () => {
      expect(verifyWebhookSignature(check)).toEqual({ ok: true });
    });

    it('rejects a changed body, a wrong secret, a moved timestamp, a stale one and missing headers', () => {
      expect(verifyWebhookSignature({ ...check, body: body.replace('firing', 'resolved') })).toEqual({ ok: false, reason: 'mismatch' });
      expect(verifyWebhookSignature({ ...check, secret: 'another-secret-of-16+' })).toEqual({ ok: false, reason: 'mismatch' });
      expect(verifyWebhookSignature({ ...check, timestamp: String(now / 1000 + 1) })).toEqual({ ok: false, reason: 'mismatch' });
      expect(verifyWebhookSignature({ ...check, now: now + 6 * 60_000 })).toEqual({ ok: false, reason: 'stale' });
      expect(verifyWebhookSignature({ ...check, timestamp: '12abc' })).toEqual({ ok: false, reason: 'bad_timestamp' });
      expect(verifyWebhookSignature({ ...check, signature: undefined })).toEqual({ ok: false, reason: 'missing' });
    });
  });
});

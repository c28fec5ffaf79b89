import type { EmailReceiver } from '../config/alerting-config-schema';
import { SECOND, T0, fired, plannedFor, renderContext, tenantConfig } from '../testing/alert-fixtures';
import { emailMessage } from './email-message';

describe('e-mail message', () => {
  const now = T0 + 30 * SECOND;
  const receiver = tenantConfig().receivers[3] as EmailReceiver;

  it('carries the idempotency key as Message-ID and X-Vahti-Idempotency-Key, and a group thread', () => {
    const n = plannedFor('ops-mail', [fired()], now);
    const mail = emailMessage(n, receiver, renderContext(now));
    expect(mail.from).toBe('vahti@example.com');
    expect(mail.to).toEqual(['cc-managers@example.com']);
    expect(mail.subject).toBe('[FIRING] warning: Voice service level in Billing 62 % (target ≥ 80 %)');
    expect(mail.headers['Message-ID']).toBe(`<${n.idempotencyKey}@example.com>`);
    expect(mail.headers['X-Vahti-Idempotency-Key']).toBe(n.idempotencyKey);
    expect(mail.headers.References).toMatch(/^<group-[0-9a-f]{32}@example\.com>$/);
  });

  it('states state, value, yardstick and causes in the text body', () => {
    const a = fired();
    const mail = emailMessage(plannedFor('ops-mail', [a], now), receiver, renderContext(now));
    expect(mail.text.split('\n').slice(0, 11)).toEqual([
      '[FIRING] warning: Voice service level in Billing 62 % (target ≥ 80 %)',
      '',
      'WARNING · Voice service level in Billing 62 % (target ≥ 80 %)',
      'Firing since 2025-03-03 09:15 UTC (30 s).',
      'The value is 62 % against the target ≥ 80 %.',
      'Likely causes:',
      '  1. Staffed agents below schedule: explains 55 % of the change (scheduled 42, staffed 31)',
      '  2. Handle time above baseline: explains 30 % of the change (aht_s 412, baseline_s 360)',
      'KPI service_level · queue billing · channel voice · process B2 · area B · detector target_breach',
      `https://vahti.example.com/alerts/${a.id}`,
      '',
    ]);
  });

  it('HTML-escapes user text and keeps line breaks out of the subject', () => {
    const evil = fired({ summary: '<script>alert(1)</script> & "quotes"\r\nBcc: victim@example.com', description: 'x' });
    const mail = emailMessage(plannedFor('ops-mail', [evil], now), receiver, renderContext(now));
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toBe('[FIRING] warning: <script>alert(1)</script> & "quotes" Bcc: victim@example.com');
  });

  it('falls back to a neutral Message-ID domain without a From address', () => {
    const n = plannedFor('ops-mail', [fired()], now);
    const mail = emailMessage(n, { name: 'ops-mail', kind: 'email', to: ['a@example.com'] }, renderContext(now));
    expect(mail.from).toBeNull();
    expect(mail.headers['Message-ID']).toBe(`<${n.idempotencyKey}@vahti.invalid>`);
  });
});

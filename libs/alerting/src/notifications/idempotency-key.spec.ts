import { createHash } from 'node:crypto';
import { contentHashOf, idempotencyKeyOf } from './idempotency-key';

describe('idempotencyKeyOf', () => {
  const identity = { tenantId: 'acme', receiver: 'ops-hook', groupKey: 'acme/#0:{kpi="aht"}', status: 'firing' as const, sequence: 3 };

  it('is the first 32 hex chars of SHA-256 over the canonical identity', () => {
    // Keys sorted by hand: groupKey, receiver, sequence, status, tenantId.
    const canonical = '{"groupKey":"acme/#0:{kpi=\\"aht\\"}","receiver":"ops-hook","sequence":3,"status":"firing","tenantId":"acme"}';
    expect(idempotencyKeyOf(identity)).toBe(createHash('sha256').update(canonical).digest('hex').slice(0, 32));
  });

  it('is the same for the same notification and differs for any other', () => {
    expect(idempotencyKeyOf({ ...identity })).toBe(idempotencyKeyOf(identity));
    const others = [
      { sequence: 4 },
      { receiver: 'ops-slack' },
      { groupKey: 'acme/#0:{kpi="asa"}' },
      { status: 'resolved' as const },
      { tenantId: 'globex' },
    ];
    const keys = new Set([identity, ...others.map((o) => ({ ...identity, ...o }))].map(idempotencyKeyOf));
    expect(keys.size).toBe(6);
  });
});

describe('contentHashOf', () => {
  it('does not depend on alert order but on ids, statuses and severities', () => {
    const a = { instanceId: 'a', fingerprint: 'fa', status: 'firing' as const, severity: 'warning' as const };
    const b = { instanceId: 'b', fingerprint: 'fb', status: 'acknowledged' as const, severity: 'critical' as const };
    expect(contentHashOf([a, b])).toBe(contentHashOf([b, a]));
    expect(contentHashOf([a, { ...b, status: 'resolved' }])).not.toBe(contentHashOf([a, b]));
    expect(contentHashOf([a, { ...b, severity: 'warning' }])).not.toBe(contentHashOf([a, b]));
  });
});

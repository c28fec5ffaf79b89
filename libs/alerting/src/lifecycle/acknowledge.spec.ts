import { MINUTE, T0, applied, fired } from '../testing/alert-fixtures';
import { acknowledge, unacknowledge } from './acknowledge';
import { AlertTransitionError } from './transition-error';

describe('acknowledge', () => {
  it('moves firing to acknowledged with who, when and why', () => {
    const open = fired();
    const { instance, events } = acknowledge(open, 'anna', T0 + 5 * MINUTE, 'calling in two agents');
    expect(instance).toMatchObject({
      state: 'acknowledged',
      acknowledgement: { by: 'anna', at: T0 + 5 * MINUTE, comment: 'calling in two agents' },
      updatedAt: T0 + 5 * MINUTE,
    });
    expect(events).toEqual([
      {
        kind: 'acknowledged',
        instanceId: open.id,
        tenantId: 'acme',
        fingerprint: open.fingerprint,
        at: T0 + 5 * MINUTE,
        severity: 'warning',
        by: 'anna',
        comment: 'calling in two agents',
      },
    ]);
  });

  it('is idempotent: acknowledging again changes nothing and emits nothing', () => {
    const once = acknowledge(fired(), 'anna', T0 + MINUTE).instance;
    const twice = acknowledge(once, 'ben', T0 + 2 * MINUTE);
    expect(twice.instance).toBe(once);
    expect(twice.events).toEqual([]);
    expect(twice.changed).toBe(false);
    expect(once.acknowledgement).toEqual({ by: 'anna', at: T0 + MINUTE, comment: null });
  });

  it('refuses a resolved instance with code already_resolved', () => {
    const resolved = applied(fired(), { status: 'resolved', at: T0 + 10 * MINUTE });
    expect(() => acknowledge(resolved, 'anna', T0 + 11 * MINUTE)).toThrow(expect.objectContaining({ code: 'already_resolved' }) as Error);
    expect(() => acknowledge(resolved, 'anna', T0 + 11 * MINUTE)).toThrow(AlertTransitionError);
  });
});

describe('unacknowledge', () => {
  it('returns an acknowledged instance to firing with an updated event', () => {
    const acked = acknowledge(fired(), 'anna', T0 + MINUTE).instance;
    const { instance, events } = unacknowledge(acked, 'anna', T0 + 2 * MINUTE);
    expect(instance).toMatchObject({ state: 'firing', acknowledgement: null });
    expect(events).toEqual([expect.objectContaining({ kind: 'updated', change: 'unacknowledged', reopened: true, by: 'anna' })]);
  });

  it('leaves a firing instance as it is', () => {
    const open = fired();
    expect(unacknowledge(open, 'anna', T0).instance).toBe(open);
  });
});

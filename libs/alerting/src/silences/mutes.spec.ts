import { HOUR, MINUTE, T0, applied, fired } from '../testing/alert-fixtures';
import { DEFAULT_INHIBIT_RULES } from './inhibition';
import { computeMutes } from './mutes';
import { createSilence } from './silence';

describe('computeMutes', () => {
  const billing = fired();
  const sales = fired({ labels: { queue: 'sales' } });
  const salesCritical = fired({ labels: { queue: 'sales', detector: 'cusum', severity: 'critical' } });
  const silence = createSilence(
    {
      id: 'sil-1',
      tenantId: 'acme',
      matchers: [{ name: 'queue', type: '=', value: 'billing' }],
      startsAt: T0 + 10 * MINUTE,
      endsAt: T0 + HOUR,
      createdBy: 'anna',
      comment: 'IVR change',
    },
    T0,
  );

  it('names the silences and inhibiting instances of each muted open instance', () => {
    const { muted } = computeMutes([billing, sales, salesCritical], [silence], DEFAULT_INHIBIT_RULES, T0 + 20 * MINUTE);
    expect(muted).toEqual({
      [billing.id]: { silencedBy: ['sil-1'], inhibitedBy: [] },
      [sales.id]: { silencedBy: [], inhibitedBy: [salesCritical.id] },
    });
  });

  it('says when a matching silence next starts or ends', () => {
    expect(computeMutes([billing], [silence], [], T0).nextChangeAt).toBe(T0 + 10 * MINUTE);
    expect(computeMutes([billing], [silence], [], T0 + 20 * MINUTE).nextChangeAt).toBe(T0 + HOUR);
    expect(computeMutes([billing], [silence], [], T0 + 2 * HOUR).nextChangeAt).toBeNull();
    // A silence that matches no open instance cannot change what is muted.
    expect(computeMutes([sales], [silence], [], T0).nextChangeAt).toBeNull();
  });

  it('never mutes a resolved instance', () => {
    const resolved = applied(billing, { status: 'resolved', at: T0 + 15 * MINUTE });
    expect(computeMutes([resolved], [silence], [], T0 + 20 * MINUTE).muted).toEqual({});
  });
});

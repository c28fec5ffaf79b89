import { HOUR, MINUTE, T0, fired } from '../testing/alert-fixtures';
import { SilenceError, createSilence, expireSilence, silenceApplies, silenceProblems, silenceStatus, type SilenceRequest } from './silence';

const request = (overrides: Partial<SilenceRequest> = {}): SilenceRequest => ({
  id: 'sil-1',
  tenantId: 'acme',
  matchers: [{ name: 'queue', type: '=', value: 'billing' }],
  startsAt: T0,
  endsAt: T0 + 2 * HOUR,
  createdBy: 'anna',
  comment: 'Planned IVR change in Billing',
  ...overrides,
});

describe('createSilence', () => {
  it('stamps a valid request with its creation time', () => {
    expect(createSilence(request(), T0 - MINUTE)).toEqual({ ...request(), createdAt: T0 - MINUTE });
  });

  it('lists every problem of a bad request', () => {
    const bad = request({
      createdBy: ' ',
      comment: '',
      matchers: [
        { name: 'queue', type: '=~', value: '(' },
        { name: 'team', type: '=', value: '' },
      ],
      startsAt: T0 + HOUR,
      endsAt: T0,
    });
    expect(silenceProblems(bad, T0 + 2 * HOUR)).toEqual([
      'createdBy: is empty',
      'comment: is empty (say why the alerts are muted)',
      expect.stringMatching(/^matchers\/0: "\(" is not a valid regular expression/) as string,
      'endsAt: must be after startsAt',
      'endsAt: is in the past',
    ]);
    expect(() => createSilence(bad, T0)).toThrow(SilenceError);
  });

  it('refuses matchers that all match the empty string (they would mute everything)', () => {
    expect(silenceProblems(request({ matchers: [{ name: 'team', type: '=~', value: '.*' }] }), T0)).toEqual([
      'matchers: at least one matcher must not match the empty string',
    ]);
    expect(silenceProblems(request({ matchers: [] }), T0)).toEqual(['matchers: at least one matcher is required']);
    // A negative matcher alone is allowed, as in Alertmanager.
    expect(silenceProblems(request({ matchers: [{ name: 'queue', type: '!=', value: 'sales' }] }), T0)).toEqual([]);
  });
});

describe('silence status and matching', () => {
  const silence = createSilence(request(), T0 - MINUTE);
  const billing = fired();
  const sales = fired({ labels: { queue: 'sales' } });

  it('is pending, then active from startsAt (inclusive) to endsAt (exclusive), then expired', () => {
    expect(silenceStatus(silence, T0 - 1)).toBe('pending');
    expect(silenceStatus(silence, T0)).toBe('active');
    expect(silenceStatus(silence, T0 + 2 * HOUR - 1)).toBe('active');
    expect(silenceStatus(silence, T0 + 2 * HOUR)).toBe('expired');
  });

  it('mutes only matching instances of its tenant while active', () => {
    expect(silenceApplies(silence, billing, T0 + MINUTE)).toBe(true);
    expect(silenceApplies(silence, sales, T0 + MINUTE)).toBe(false);
    expect(silenceApplies(silence, { ...billing, tenantId: 'globex' }, T0 + MINUTE)).toBe(false);
    expect(silenceApplies(silence, billing, T0 - 1)).toBe(false);
    expect(silenceApplies(silence, billing, T0 + 3 * HOUR)).toBe(false);
  });

  it.each([
    [{ name: 'queue', type: '=' as const, value: 'billing' }, true, false],
    [{ name: 'queue', type: '!=' as const, value: 'billing' }, false, true],
    [{ name: 'queue', type: '=~' as const, value: 'bill.*|support' }, true, false],
    [{ name: 'queue', type: '!~' as const, value: 'bill.*' }, false, true],
  ])('matcher %j: billing %s, sales %s', (matcher, billingMuted, salesMuted) => {
    const s = createSilence(request({ matchers: [matcher] }), T0);
    expect(silenceApplies(s, billing, T0 + MINUTE)).toBe(billingMuted);
    expect(silenceApplies(s, sales, T0 + MINUTE)).toBe(salesMuted);
  });

  it('expires now; expiring a pending silence ends it before it began', () => {
    expect(expireSilence(silence, T0 + HOUR)).toMatchObject({ startsAt: T0, endsAt: T0 + HOUR });
    expect(silenceStatus(expireSilence(silence, T0 + HOUR), T0 + HOUR)).toBe('expired');
    expect(expireSilence(silence, T0 - 10 * MINUTE)).toMatchObject({ startsAt: T0 - 10 * MINUTE, endsAt: T0 - 10 * MINUTE });
    expect(expireSilence(silence, T0 + 5 * HOUR)).toBe(silence);
  });
});

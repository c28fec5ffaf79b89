import { InvalidSignalError } from './signal-problems';
import { AlertTransitionError } from './transition-error';
import { applySignal } from './apply-signal';
import { acknowledge } from './acknowledge';
import { fingerprintOf } from './fingerprint';
import { instanceIdOf } from './instance-id';
import { BASE_LABELS, MINUTE, T0, applied, fired, signal } from '../testing/alert-fixtures';

describe('applySignal', () => {
  it('opens a firing instance with a fired event', () => {
    const { instance, events, changed } = applySignal(undefined, signal(), T0 + 5_000);
    const fingerprint = fingerprintOf('acme', BASE_LABELS);
    expect(changed).toBe(true);
    expect(instance).toMatchObject({
      id: instanceIdOf(fingerprint, T0),
      fingerprint,
      state: 'firing',
      severity: 'warning',
      startsAt: T0,
      lastSignalAt: T0,
      updatedAt: T0 + 5_000,
      resolvedAt: null,
      acknowledgement: null,
    });
    expect(events).toEqual([{ kind: 'fired', instanceId: instance?.id, tenantId: 'acme', fingerprint, at: T0, severity: 'warning' }]);
  });

  it('treats a redelivered signal as a no-op that returns the same object', () => {
    const open = fired();
    const outcome = applySignal(open, signal(), T0 + 60 * MINUTE);
    expect(outcome.instance).toBe(open);
    expect(outcome.events).toEqual([]);
    expect(outcome.changed).toBe(false);
  });

  it('ignores a signal older than the last one applied', () => {
    const later = applied(fired(), { at: T0 + 15 * MINUTE, summary: 'newer' });
    const outcome = applySignal(later, signal({ at: T0 + 5 * MINUTE, status: 'resolved' }), T0 + 20 * MINUTE);
    expect(outcome.instance).toBe(later);
    expect(outcome.events).toEqual([]);
  });

  it('takes the newest annotations without an event', () => {
    const outcome = applySignal(fired(), signal({ at: T0 + 15 * MINUTE, summary: 'Service level 58 %' }), T0 + 16 * MINUTE);
    expect(outcome.events).toEqual([]);
    expect(outcome.changed).toBe(true);
    expect(outcome.instance).toMatchObject({ summary: 'Service level 58 %', lastSignalAt: T0 + 15 * MINUTE, updatedAt: T0 + 16 * MINUTE });
  });

  it('escalates the same instance (same id and fingerprint) with an updated event', () => {
    const open = fired();
    const { instance, events } = applySignal(open, signal({ at: T0 + 15 * MINUTE, labels: { severity: 'critical' } }), T0 + 15 * MINUTE);
    expect(instance?.id).toBe(open.id);
    expect(instance?.fingerprint).toBe(open.fingerprint);
    expect(instance?.severity).toBe('critical');
    expect(instance?.labels.severity).toBe('critical');
    expect(events).toEqual([
      {
        kind: 'updated',
        instanceId: open.id,
        tenantId: 'acme',
        fingerprint: open.fingerprint,
        at: T0 + 15 * MINUTE,
        severity: 'critical',
        change: 'escalated',
        previousSeverity: 'warning',
        reopened: false,
        by: null,
      },
    ]);
  });

  it('reopens an acknowledged instance when it escalates, but not when it de-escalates', () => {
    const acked = acknowledge(fired({ labels: { severity: 'warning' } }), 'anna', T0 + MINUTE).instance;
    const up = applySignal(acked, signal({ at: T0 + 15 * MINUTE, labels: { severity: 'critical' } }), T0 + 15 * MINUTE);
    expect(up.instance).toMatchObject({ state: 'firing', acknowledgement: null });
    expect(up.events[0]).toMatchObject({ kind: 'updated', change: 'escalated', reopened: true });

    const ackedCritical = acknowledge(fired({ labels: { severity: 'critical' } }), 'anna', T0 + MINUTE).instance;
    const down = applySignal(ackedCritical, signal({ at: T0 + 15 * MINUTE }), T0 + 15 * MINUTE);
    expect(down.instance).toMatchObject({ state: 'acknowledged', severity: 'warning' });
    expect(down.events[0]).toMatchObject({ kind: 'updated', change: 'deescalated', previousSeverity: 'critical', reopened: false });
  });

  it('resolves with a resolved event, keeping the severity reached', () => {
    const critical = applied(fired(), { at: T0 + 15 * MINUTE, labels: { severity: 'critical' } });
    const { instance, events } = applySignal(critical, signal({ status: 'resolved', at: T0 + 60 * MINUTE }), T0 + 61 * MINUTE);
    expect(instance).toMatchObject({ state: 'resolved', resolvedAt: T0 + 60 * MINUTE, severity: 'critical', updatedAt: T0 + 61 * MINUTE });
    expect(events).toEqual([
      {
        kind: 'resolved',
        instanceId: critical.id,
        tenantId: 'acme',
        fingerprint: critical.fingerprint,
        at: T0 + 60 * MINUTE,
        severity: 'critical',
      },
    ]);
  });

  it('keeps the ranked candidates of the firing alert when the resolving signal carries none', () => {
    const firing = fired();
    expect(firing.candidates.length).toBeGreaterThan(0);
    const { instance } = applySignal(firing, signal({ status: 'resolved', at: T0 + 60 * MINUTE, candidates: [] }), T0 + 61 * MINUTE);
    expect(instance?.candidates).toEqual(firing.candidates);
    const fresh = [{ rank: 1, summary: 'Handle time is back', contribution: null, evidence: {} }];
    const withOwn = applySignal(firing, signal({ status: 'resolved', at: T0 + 60 * MINUTE, candidates: fresh }), T0 + 61 * MINUTE);
    expect(withOwn.instance?.candidates).toEqual(fresh);
  });

  it('resolves an acknowledged instance too', () => {
    const acked = acknowledge(fired(), 'anna', T0 + MINUTE).instance;
    const { instance, events } = applySignal(acked, signal({ status: 'resolved', at: T0 + 30 * MINUTE }), T0 + 30 * MINUTE);
    expect(instance?.state).toBe('resolved');
    expect(events.map((e) => e.kind)).toEqual(['resolved']);
  });

  it('keeps resolved terminal: a repeated resolve does nothing, a newer firing opens a new instance', () => {
    const resolved = applied(fired(), { status: 'resolved', at: T0 + 30 * MINUTE });
    expect(applySignal(resolved, signal({ status: 'resolved', at: T0 + 45 * MINUTE }), T0 + 45 * MINUTE)).toEqual({
      instance: resolved,
      events: [],
      changed: false,
    });
    // A late firing signal from before the resolution is not a new trip.
    expect(applySignal(resolved, signal({ at: T0 + 15 * MINUTE }), T0 + 46 * MINUTE).instance).toBe(resolved);

    const { instance, events } = applySignal(resolved, signal({ at: T0 + 90 * MINUTE }), T0 + 90 * MINUTE);
    expect(instance?.id).not.toBe(resolved.id);
    expect(instance?.id).toBe(instanceIdOf(resolved.fingerprint, T0 + 90 * MINUTE));
    expect(instance?.fingerprint).toBe(resolved.fingerprint);
    expect(instance).toMatchObject({ state: 'firing', startsAt: T0 + 90 * MINUTE });
    expect(events.map((e) => e.kind)).toEqual(['fired']);
  });

  it('does nothing for a resolve of an alert it never saw', () => {
    expect(applySignal(undefined, signal({ status: 'resolved' }), T0)).toEqual({ instance: undefined, events: [], changed: false });
  });

  it('rejects a signal without identifying labels or with an unknown severity, listing every problem', () => {
    const bad = signal({ labels: { queue: '', severity: 'major' } });
    const { kpi: _kpi, ...withoutKpi } = bad.labels;
    expect(() => applySignal(undefined, { ...bad, labels: withoutKpi }, T0)).toThrow(InvalidSignalError);
    try {
      applySignal(undefined, { ...bad, labels: withoutKpi }, T0);
    } catch (error) {
      expect((error as InvalidSignalError).problems).toEqual([
        'labels/kpi: is required',
        'labels/queue: is required',
        'labels/severity: "major" is not one of info, warning, critical',
      ]);
    }
  });

  it('refuses to apply a signal to another fingerprint’s instance', () => {
    const other = fired({ labels: { queue: 'sales' } });
    expect(() => applySignal(other, signal(), T0)).toThrow(AlertTransitionError);
  });
});

// The state machine's signal side: a detector's firing/resolved verdict opens, updates or resolves
// the instance of its fingerprint. Signals older than the last one applied are ignored and a signal
// that changes nothing returns the current instance itself, so a Kafka redelivery or a replay after
// a restart is a no-op (detection-and-stack.md §C.4: re-evaluation after a redelivery is idempotent).
import { severityRank } from '../model/constants';
import type { AlertEvent } from '../model/alert-event';
import type { AlertInstance } from '../model/alert-instance';
import { severityOf, type AlertSignal } from '../model/alert-signal';
import { canonicalJson } from '../model/stable-hash';
import { fingerprintOf } from './fingerprint';
import { instanceIdOf } from './instance-id';
import { InvalidSignalError, signalProblems } from './signal-problems';
import { AlertTransitionError } from './transition-error';

export interface SignalOutcome {
  /** The instance after the signal; undefined when there is none (a resolve for an unknown alert). */
  readonly instance: AlertInstance | undefined;
  readonly events: readonly AlertEvent[];
  /** False when `instance` is `current` itself: nothing to write. */
  readonly changed: boolean;
}

/**
 * Applies a detector signal to the open (or last) instance of its fingerprint. A firing signal after
 * resolution opens a new instance with a new id; an escalation re-opens an acknowledged instance.
 */
export function applySignal(current: AlertInstance | undefined, signal: AlertSignal, now: number): SignalOutcome {
  const problems = signalProblems(signal);
  if (problems.length > 0) {
    throw new InvalidSignalError(problems);
  }
  const fingerprint = fingerprintOf(signal.tenantId, signal.labels);
  if (current !== undefined && (current.fingerprint !== fingerprint || current.tenantId !== signal.tenantId)) {
    throw new AlertTransitionError('wrong_instance', `signal ${fingerprint} applied to instance ${current.id} (${current.fingerprint})`);
  }
  const unchanged: SignalOutcome = { instance: current, events: [], changed: false };
  if (current === undefined || current.state === 'resolved') {
    // Resolved is terminal: only a firing signal newer than everything seen opens the next trip.
    if (signal.status === 'resolved' || (current !== undefined && signal.at <= current.lastSignalAt)) {
      return unchanged;
    }
    const instance = openInstance(signal, fingerprint, now);
    return { instance, events: [{ kind: 'fired', ...eventBase(instance, signal.at) }], changed: true };
  }
  if (signal.at < current.lastSignalAt) {
    return unchanged;
  }
  const annotations = {
    summary: signal.summary,
    description: signal.description,
    value: signal.value ?? null,
    candidates: signal.candidates,
    lastSignalAt: signal.at,
  };
  if (signal.status === 'resolved') {
    // The severity reached is kept: the resolution is of the alert as people last saw it, and so are
    // its candidates when the resolving signal carries none (detectors do not analyse a recovery):
    // a resolved alert still says what caused it.
    const candidates = signal.candidates.length === 0 ? current.candidates : signal.candidates;
    const instance: AlertInstance = { ...current, ...annotations, candidates, state: 'resolved', resolvedAt: signal.at, updatedAt: now };
    return { instance, events: [{ kind: 'resolved', ...eventBase(instance, signal.at) }], changed: true };
  }
  const severity = severityOf(signal.labels);
  const delta = severityRank(severity) - severityRank(current.severity);
  const reopened = delta > 0 && current.state === 'acknowledged';
  const next: AlertInstance = {
    ...current,
    ...annotations,
    labels: { ...signal.labels },
    severity,
    state: reopened ? 'firing' : current.state,
    acknowledgement: reopened ? null : current.acknowledgement,
    updatedAt: current.updatedAt,
  };
  if (delta === 0) {
    return sameContent(next, current) ? unchanged : { instance: { ...next, updatedAt: now }, events: [], changed: true };
  }
  const instance = { ...next, updatedAt: now };
  const event: AlertEvent = {
    kind: 'updated',
    ...eventBase(instance, signal.at),
    change: delta > 0 ? 'escalated' : 'deescalated',
    previousSeverity: current.severity,
    reopened,
    by: null,
  };
  return { instance, events: [event], changed: true };
}

function openInstance(signal: AlertSignal, fingerprint: string, now: number): AlertInstance {
  return {
    id: instanceIdOf(fingerprint, signal.at),
    tenantId: signal.tenantId,
    fingerprint,
    labels: { ...signal.labels },
    severity: severityOf(signal.labels),
    state: 'firing',
    startsAt: signal.at,
    lastSignalAt: signal.at,
    updatedAt: now,
    resolvedAt: null,
    acknowledgement: null,
    summary: signal.summary,
    description: signal.description,
    value: signal.value ?? null,
    candidates: signal.candidates,
  };
}

/** The fields every event repeats from its instance. */
export function eventBase(
  instance: AlertInstance,
  at: number,
): Pick<AlertEvent, 'instanceId' | 'tenantId' | 'fingerprint' | 'at' | 'severity'> {
  return { instanceId: instance.id, tenantId: instance.tenantId, fingerprint: instance.fingerprint, at, severity: instance.severity };
}

function sameContent(a: AlertInstance, b: AlertInstance): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

// The state machine's user side: a manager acknowledges a firing alert ("I am on it"), which stops
// repeat notifications but not the resolution notice, or takes the acknowledgement back. Repeating
// an action is a no-op, so a double-clicked button or a retried REST call emits one event.
import type { AlertEvent } from '../model/alert-event';
import type { AlertInstance } from '../model/alert-instance';
import { eventBase } from './apply-signal';
import { AlertTransitionError } from './transition-error';

export interface Transition {
  readonly instance: AlertInstance;
  readonly events: readonly AlertEvent[];
  readonly changed: boolean;
}

/** Firing → acknowledged by `by` at `now`; an already acknowledged instance is returned as is. */
export function acknowledge(instance: AlertInstance, by: string, now: number, comment?: string): Transition {
  if (instance.state === 'resolved') {
    throw new AlertTransitionError('already_resolved', `alert ${instance.id} is resolved and cannot be acknowledged`);
  }
  if (instance.state === 'acknowledged') {
    return { instance, events: [], changed: false };
  }
  const note = comment === undefined || comment.trim() === '' ? null : comment;
  const next: AlertInstance = { ...instance, state: 'acknowledged', acknowledgement: { by, at: now, comment: note }, updatedAt: now };
  return { instance: next, events: [{ kind: 'acknowledged', ...eventBase(next, now), by, comment: note }], changed: true };
}

/** Acknowledged → firing again (repeats resume); a firing instance is returned as is. */
export function unacknowledge(instance: AlertInstance, by: string, now: number): Transition {
  if (instance.state === 'resolved') {
    throw new AlertTransitionError('already_resolved', `alert ${instance.id} is resolved`);
  }
  if (instance.state === 'firing') {
    return { instance, events: [], changed: false };
  }
  const next: AlertInstance = { ...instance, state: 'firing', acknowledgement: null, updatedAt: now };
  const event: AlertEvent = {
    kind: 'updated',
    ...eventBase(next, now),
    change: 'unacknowledged',
    previousSeverity: instance.severity,
    reopened: true,
    by,
  };
  return { instance: next, events: [event], changed: true };
}

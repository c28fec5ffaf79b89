// Timing as a receiver kind sees it. People-facing receivers follow the route's group_wait,
// group_interval and repeat_interval, and acknowledged alerts stop repeating. An Alertmanager is a
// state mirror instead: it must hear every change at once and be re-sent every active alert, acknowledged
// or not, well before the endsAt it was given expires, or it resolves the alert itself
// (detection-and-stack.md §C.1 "continuously re-send ... 30 seconds to 3 minutes"; §C.4 "re-send every
// 60 s while active"; grafana/grafana#37461 flapped when EndsAt ran out before the next re-send).
import type { ReceiverKind } from '../model/constants';
import type { RouteTiming } from '../routing/route-timing';

/** How often active alerts are re-pushed to an Alertmanager (§C.4). */
export const ALERTMANAGER_RESEND_INTERVAL_MS = 60_000;

export interface ReceiverTiming extends RouteTiming {
  /** Whether acknowledged alerts keep being re-sent. */
  readonly repeatAcknowledged: boolean;
  /** Whether a severity change either way is news (true) or only an escalation (false). */
  readonly anySeverityChange: boolean;
}

/** The route's timing, adjusted for the kind of receiver. */
export function receiverTiming(timing: RouteTiming, kind: ReceiverKind): ReceiverTiming {
  if (kind === 'alertmanager') {
    return {
      ...timing,
      groupWaitMs: 0,
      groupIntervalMs: 0,
      repeatIntervalMs: ALERTMANAGER_RESEND_INTERVAL_MS,
      // Without endsAt = now an Alertmanager only resolves at expiry, minutes late.
      sendResolved: true,
      repeatAcknowledged: true,
      anySeverityChange: true,
    };
  }
  return { ...timing, repeatAcknowledged: false, anySeverityChange: false };
}

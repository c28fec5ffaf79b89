// Two severities, as Alertmanager and PagerDuty route them (detection-and-stack.md §C.1, §C.2):
// `critical` pages, `warning` waits for business hours. An alert's severity only rises within one
// episode (§C.4: escalation updates the same instance); a fall back to warning would be a flap.
export type Severity = 'warning' | 'critical';

/** The more severe of two severities (null = none). */
export function maxSeverity(a: Severity | null, b: Severity | null): Severity | null {
  return a === 'critical' || b === 'critical' ? 'critical' : (a ?? b);
}

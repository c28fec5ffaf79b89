// The closed vocabularies of the alerter: lifecycle states, severities, event kinds and receiver
// kinds. Exported as constants so the app can pre-create metric label values (alerts firing by
// severity, notifications by channel) and the REST API can validate query parameters against them.

/** Alert instance states (detection-and-stack.md §C.4); `resolved` is terminal. */
export const ALERT_STATES = ['firing', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** Severities, mildest first; the order is the escalation order. */
export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What happened to an instance; one event per transition. */
export const ALERT_EVENT_KINDS = ['fired', 'updated', 'acknowledged', 'resolved'] as const;
export type AlertEventKind = (typeof ALERT_EVENT_KINDS)[number];

/** Delivery channels (receiver kinds), one renderer each. */
export const RECEIVER_KINDS = ['webhook', 'slack', 'teams', 'email', 'alertmanager'] as const;
export type ReceiverKind = (typeof RECEIVER_KINDS)[number];

/** Label matcher operators, with Prometheus/Alertmanager meaning (regexes fully anchored). */
export const MATCHER_TYPES = ['=', '!=', '=~', '!~'] as const;
export type MatcherType = (typeof MATCHER_TYPES)[number];

/** Labels every signal must carry; `severity` is the only one that is not identifying. */
export const REQUIRED_LABELS = ['alertname', 'kpi', 'area', 'process', 'queue', 'channel', 'detector', 'severity'] as const;

/** Labels left out of the fingerprint: changing them updates an instance instead of making a new one. */
export const NON_IDENTIFYING_LABELS: ReadonlySet<string> = new Set(['severity']);

/** Position of a severity in the escalation order (info 0, warning 1, critical 2). */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Whether a string is one of the known severities. */
export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

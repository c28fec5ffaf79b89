// Public API of @vahti/alerting: the alert lifecycle (signals → instances → events), grouping,
// silences and inhibition, validated per-tenant routing configuration, the notification planner
// (Alertmanager's nflog idea: a restart neither loses nor repeats a notification), the channel
// renderers with idempotency keys and webhook signatures, and the retry policy. Pure TypeScript:
// data in, data out, time passed in as epoch ms; no Nest, no I/O.
export {
  ALERT_STATES,
  SEVERITIES,
  ALERT_EVENT_KINDS,
  RECEIVER_KINDS,
  MATCHER_TYPES,
  REQUIRED_LABELS,
  NON_IDENTIFYING_LABELS,
  severityRank,
  isSeverity,
  type AlertState,
  type Severity,
  type AlertEventKind,
  type ReceiverKind,
  type MatcherType,
} from './model/constants';
export type { AlertSignal, AlertLabels, AlertValue, RootCause, Yardstick } from './model/alert-signal';
export { isActive, type AlertInstance, type Acknowledgement } from './model/alert-instance';
export type { AlertEvent, FiredEvent, UpdatedEvent, AcknowledgedEvent, ResolvedEvent } from './model/alert-event';
export { fingerprintOf, identifyingLabels, FINGERPRINT_LENGTH } from './lifecycle/fingerprint';
export { instanceIdOf } from './lifecycle/instance-id';
export { signalProblems, InvalidSignalError } from './lifecycle/signal-problems';
export { applySignal, type SignalOutcome } from './lifecycle/apply-signal';
export { acknowledge, unacknowledge, type Transition } from './lifecycle/acknowledge';
export { AlertTransitionError, TRANSITION_ERROR_CODES, type TransitionErrorCode } from './lifecycle/transition-error';
export {
  matcherMatches,
  allMatch,
  matcherProblem,
  matchesEmpty,
  formatMatcher,
  anchoredRegex,
  LABEL_NAME_PATTERN,
  MAX_MATCHER_REGEX_LENGTH,
  type Matcher,
} from './silences/matcher';
export {
  createSilence,
  silenceProblems,
  expireSilence,
  silenceStatus,
  silenceApplies,
  SilenceError,
  type Silence,
  type SilenceRequest,
  type SilenceStatus,
} from './silences/silence';
export { inhibitorsOf, DEFAULT_INHIBIT_RULES, type InhibitRule } from './silences/inhibition';
export { computeMutes, type MuteReason, type Mutes } from './silences/mutes';
export { parseDuration, DURATION_PATTERN } from './config/duration';
export {
  AlertingConfigSchema,
  TenantAlertingSchema,
  RouteSchema,
  ReceiverSchema,
  MatcherSchema,
  InhibitRuleSchema,
  ALERTING_CONFIG_FORMAT,
  type AlertingConfig,
  type TenantAlertingConfig,
  type RouteConfig,
  type TimingDefaults,
  type InhibitRuleConfig,
  type ReceiverConfig,
  type WebhookReceiver,
  type SlackReceiver,
  type TeamsReceiver,
  type EmailReceiver,
  type AlertmanagerReceiver,
} from './config/alerting-config-schema';
export { AlertingConfigError, formatProblem, type ConfigProblem } from './config/alerting-config-error';
export { type ConfigCheckOptions } from './config/config-checks';
export { validateAlertingConfig, alertingConfigProblems, parseAlertingConfig } from './config/validate-alerting-config';
export { matchRoutes, routeMatches, routeKeyOf, type MatchedRoute } from './routing/match-routes';
export { routeTiming, DEFAULT_TIMING, type RouteTiming } from './routing/route-timing';
export { groupKeyOf, groupLabelsOf } from './grouping/group-key';
export { groupAlerts, type AlertGroup, type GroupReceiver, type Grouping } from './grouping/group-alerts';
export {
  latestEntry,
  NOTIFY_REASONS,
  type NotificationLogEntry,
  type NotifiedAlert,
  type NotifiedStatus,
  type NotifyReason,
} from './notifications/notification-log';
export { idempotencyKeyOf, contentHashOf, IDEMPOTENCY_KEY_LENGTH, type NotificationIdentity } from './notifications/idempotency-key';
export { receiverTiming, ALERTMANAGER_RESEND_INTERVAL_MS, type ReceiverTiming } from './notifications/receiver-timing';
export { decideNotification, type NotificationAlert, type NotifyDecision } from './notifications/notify-decision';
export { planNotifications, type PlannedNotification, type NotificationPlan } from './notifications/plan-notifications';
export { planTenantNotifications, type TenantPlanInput, type TenantPlan } from './notifications/plan-tenant-notifications';
export { resolutionPending } from './notifications/resolution-pending';
export { alertLink, type RenderContext } from './payloads/render-context';
export type { HttpRequestSpec, EmailMessageSpec, RenderedNotification } from './payloads/rendered-notification';
export {
  describeAlert,
  notificationTitle,
  stateSentence,
  valueSentence,
  candidateLines,
  formatTime,
  formatElapsed,
  formatNumber,
  type AlertDescription,
} from './payloads/plain-language';
export {
  alertmanagerAlerts,
  renderAlertmanagerPush,
  ALERTMANAGER_ACTIVE_ENDS_AT_MS,
  type PostableAlert,
} from './payloads/alertmanager-push';
export {
  webhookBody,
  renderWebhook,
  WEBHOOK_ZERO_TIME,
  WEBHOOK_SCHEMA_VERSION,
  type WebhookBody,
  type WebhookAlert,
} from './payloads/webhook-payload';
export {
  webhookSignature,
  signWebhookRequest,
  verifyWebhookSignature,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  DEFAULT_SIGNATURE_TOLERANCE_MS,
  type SignatureCheck,
  type SignatureVerdict,
} from './payloads/webhook-signature';
export { slackMessage, renderSlack, MAX_ALERTS_SHOWN, type SlackMessage } from './payloads/slack-message';
export { teamsMessage, renderTeams, type TeamsMessage } from './payloads/teams-message';
export { emailMessage, renderEmail, DEFAULT_MESSAGE_ID_DOMAIN } from './payloads/email-message';
export { escapeHtml, escapeSlack, headerSafe } from './payloads/text-escaping';
export { renderNotification } from './payloads/render-notification';
export {
  nextAttemptAt,
  jitterFraction,
  retryPolicyFor,
  DEFAULT_RETRY_POLICY,
  ALERTMANAGER_RETRY_POLICY,
  type RetryPolicy,
} from './delivery/retry-policy';
export { classifyAttempt, parseRetryAfter, type AttemptResult, type DeliveryOutcome } from './delivery/delivery-outcome';

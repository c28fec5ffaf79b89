// The sentences every channel shows, written once: the state and since when, the value against its
// yardstick, and the ranked root-cause candidates with their numbers. Channels only differ in
// markup (Slack mrkdwn, Adaptive Card, HTML), so the words stay the same on every channel and are
// tested here once.
import type { AlertValue, RootCause } from '../model/alert-signal';
import type { NotificationAlert } from '../notifications/notify-decision';
import type { PlannedNotification } from '../notifications/plan-notifications';
import { alertLink, type RenderContext } from './render-context';

export interface AlertDescription {
  /** "CRITICAL · Voice abandonment in Billing 11.2 %". */
  readonly heading: string;
  readonly state: string;
  readonly value: string;
  /** One line per candidate, by rank. */
  readonly causes: readonly string[];
  /** "KPI abandon_rate · queue billing · channel voice · ...". */
  readonly scope: string;
  readonly link: string | null;
}

const SCOPE_LABELS = [
  ['kpi', 'KPI'],
  ['queue', 'queue'],
  ['channel', 'channel'],
  ['process', 'process'],
  ['area', 'area'],
  ['detector', 'detector'],
] as const;

/** "2025-03-03 09:15 UTC" (or in the given IANA zone, named after the time). */
export function formatTime(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${timeZone}`;
}

/** "40 s", "45 min", "1 h 5 min", "2 d 3 h". */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  }
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** A number as people read it: integers as they are, others to 4 significant digits. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

/** The state and since when, with who acknowledged and any severity change. */
export function stateSentence(alert: NotificationAlert, context: RenderContext): string {
  const { instance, status, previousSeverity } = alert;
  const since = `since ${formatTime(instance.startsAt, context.timeZone)}`;
  let text: string;
  if (status === 'resolved') {
    const end = instance.resolvedAt ?? context.now;
    text = `Resolved at ${formatTime(end, context.timeZone)} after ${formatElapsed(end - instance.startsAt)} (firing ${since}).`;
  } else {
    text = `Firing ${since} (${formatElapsed(context.now - instance.startsAt)}).`;
    const ack = instance.acknowledgement;
    if (status === 'acknowledged' && ack !== null) {
      const note = ack.comment === null ? '' : `: "${ack.comment}"`;
      text += ` Acknowledged by ${ack.by} at ${formatTime(ack.at, context.timeZone)}${note}.`;
    }
  }
  if (previousSeverity !== null) {
    text += ` Severity changed from ${previousSeverity} to ${instance.severity}.`;
  }
  return text;
}

/** "The value is 11.2 % against the target ≤ 5 %." */
export function valueSentence(value: AlertValue | null): string {
  if (value === null) {
    return 'No value was reported.';
  }
  const observed = value.text ?? formatNumber(value.observed);
  if (value.yardstick === undefined) {
    return `The value is ${observed} (no yardstick given).`;
  }
  const line = value.yardstick.text ?? formatNumber(value.yardstick.value);
  return `The value is ${observed} against the ${value.yardstick.name} ${line}.`;
}

/** "1. Staffed agents below schedule: explains 55 % of the change (scheduled 42, staffed 31)". */
export function candidateLines(candidates: readonly RootCause[]): string[] {
  if (candidates.length === 0) {
    return ['No root-cause candidates were found.'];
  }
  return [...candidates]
    .sort((a, b) => a.rank - b.rank)
    .map((c) => {
      const share = c.contribution === null ? 'share not quantified' : `explains ${formatNumber(c.contribution * 100)} % of the change`;
      const evidence = Object.entries(c.evidence)
        .map(([k, v]) => `${k} ${typeof v === 'number' ? formatNumber(v) : v}`)
        .join(', ');
      return `${c.rank}. ${c.summary}: ${share}${evidence === '' ? '' : ` (${evidence})`}`;
    });
}

/** All the words about one alert in a notification. */
export function describeAlert(alert: NotificationAlert, context: RenderContext): AlertDescription {
  const { instance } = alert;
  const scope = SCOPE_LABELS.flatMap(([label, word]) => {
    const value = instance.labels[label];
    return value === undefined ? [] : [`${word} ${value}`];
  }).join(' · ');
  return {
    heading: `${instance.severity.toUpperCase()} · ${instance.summary}`,
    state: stateSentence(alert, context),
    value: valueSentence(instance.value),
    causes: candidateLines(instance.candidates),
    scope,
    link: alertLink(context, instance.id),
  };
}

/** "[FIRING] critical: <summary>" for one alert, "[FIRING:3] 3 alerts: kpi=aht, queue=billing" for several. */
export function notificationTitle(notification: Pick<PlannedNotification, 'status' | 'alerts' | 'groupLabels'>): string {
  const { alerts, status } = notification;
  const open = alerts.filter((a) => a.status !== 'resolved');
  const first = open[0] ?? alerts[0];
  if (first === undefined) {
    return `[${status.toUpperCase()}]`;
  }
  if (alerts.length === 1) {
    return `[${status.toUpperCase()}] ${first.instance.severity}: ${first.instance.summary}`;
  }
  const count = status === 'firing' ? open.length : alerts.length;
  const labels = Object.entries(notification.groupLabels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return `[${status.toUpperCase()}:${count}] ${count} alert${count === 1 ? '' : 's'}: ${labels === '' ? first.instance.summary : labels}`;
}

// Timelines through the planner with the default timing (group_wait 30 s, group_interval 5 min,
// repeat_interval 4 h). Each test records what the planner returned into the log, as the app does
// in its outbox transaction, and asks again later.
import type { RouteConfig } from '../config/alerting-config-schema';
import { acknowledge } from '../lifecycle/acknowledge';
import type { AlertInstance } from '../model/alert-instance';
import { groupAlerts, type AlertGroup } from '../grouping/group-alerts';
import { HOUR, MINUTE, SECOND, T0, applied, fired, tenantConfig } from '../testing/alert-fixtures';
import type { NotificationLogEntry } from './notification-log';
import { planNotifications, type NotificationPlan } from './plan-notifications';

function groupsOf(instances: AlertInstance[], receivers: string[] = ['ops-hook'], route: Partial<RouteConfig> = {}): AlertGroup[] {
  return [...groupAlerts('acme', tenantConfig([], { routes: [{ receivers, ...route }] }), instances).groups];
}

/** Plans at `now` and appends what was due to the log, as the outbox transaction would. */
function tick(
  log: NotificationLogEntry[],
  instances: AlertInstance[],
  now: number,
  options: { receivers?: string[]; route?: Partial<RouteConfig>; muted?: Record<string, unknown> } = {},
): NotificationPlan {
  const plan = planNotifications(groupsOf(instances, options.receivers, options.route), log, options.muted ?? {}, now);
  log.push(...plan.due.map((n) => n.logEntry));
  return plan;
}

const summary = (plan: NotificationPlan): unknown[] =>
  plan.due.map((n) => ({
    receiver: n.receiver.name,
    seq: n.sequence,
    reason: n.reason,
    status: n.status,
    alerts: n.alerts.map((a) => `${a.instance.labels.channel}:${a.status}`),
  }));

describe('planNotifications', () => {
  const first = T0 + 30 * SECOND; // group_wait after the first firing

  it('waits group_wait before the first notification, then sends it once', () => {
    const log: NotificationLogEntry[] = [];
    const a = fired();
    const early = tick(log, [a], T0 + 29 * SECOND);
    expect(early).toEqual({ due: [], nextCheckAt: first });
    const plan = tick(log, [a], first);
    expect(summary(plan)).toEqual([{ receiver: 'ops-hook', seq: 1, reason: 'first', status: 'firing', alerts: ['voice:firing'] }]);
    expect(plan.nextCheckAt).toBe(first + 4 * HOUR);
    expect(tick(log, [a], first + SECOND).due).toEqual([]);
  });

  it('batches alerts that start within group_wait into one notification', () => {
    const log: NotificationLogEntry[] = [];
    const voice = fired();
    const chat = fired({ labels: { channel: 'chat' }, at: T0 + 10 * SECOND });
    expect(summary(tick(log, [voice, chat], first))).toEqual([
      { receiver: 'ops-hook', seq: 1, reason: 'first', status: 'firing', alerts: ['voice:firing', 'chat:firing'] },
    ]);
  });

  it('tells of a new alert in an open group group_interval after the last notification', () => {
    const log: NotificationLogEntry[] = [];
    const voice = fired();
    tick(log, [voice], first);
    const chat = fired({ labels: { channel: 'chat' }, at: T0 + MINUTE });
    expect(tick(log, [voice, chat], T0 + MINUTE)).toEqual({ due: [], nextCheckAt: first + 5 * MINUTE });
    expect(summary(tick(log, [voice, chat], first + 5 * MINUTE))).toEqual([
      { receiver: 'ops-hook', seq: 2, reason: 'new_alerts', status: 'firing', alerts: ['voice:firing', 'chat:firing'] },
    ]);
  });

  it('repeats an unchanged firing group after repeat_interval, not before', () => {
    const log: NotificationLogEntry[] = [];
    const a = fired();
    tick(log, [a], first);
    expect(tick(log, [a], first + 4 * HOUR - 1).due).toEqual([]);
    expect(summary(tick(log, [a], first + 4 * HOUR))).toEqual([
      { receiver: 'ops-hook', seq: 2, reason: 'repeat', status: 'firing', alerts: ['voice:firing'] },
    ]);
  });

  it('stops repeating once acknowledged, and still tells the resolution once', () => {
    const log: NotificationLogEntry[] = [];
    const a = fired();
    tick(log, [a], first);
    const acked = acknowledge(a, 'anna', T0 + 10 * MINUTE).instance;
    const quiet = tick(log, [acked], first + 4 * HOUR);
    expect(quiet).toEqual({ due: [], nextCheckAt: null });
    expect(tick(log, [acked], first + 24 * HOUR).due).toEqual([]);

    const resolved = applied(acked, { status: 'resolved', at: T0 + 25 * HOUR });
    expect(summary(tick(log, [resolved], T0 + 25 * HOUR))).toEqual([
      { receiver: 'ops-hook', seq: 2, reason: 'resolved', status: 'resolved', alerts: ['voice:resolved'] },
    ]);
    expect(tick(log, [resolved], T0 + 26 * HOUR)).toEqual({ due: [], nextCheckAt: null });
  });

  it('sends exactly one resolved notification, group_interval after the last one', () => {
    const log: NotificationLogEntry[] = [];
    const a = fired();
    tick(log, [a], first);
    const resolved = applied(a, { status: 'resolved', at: T0 + 2 * MINUTE });
    // Last notification at T0+30s, so the resolution is due at T0+5m30s.
    expect(tick(log, [resolved], T0 + 2 * MINUTE)).toEqual({ due: [], nextCheckAt: first + 5 * MINUTE });
    expect(summary(tick(log, [resolved], first + 5 * MINUTE))).toEqual([
      { receiver: 'ops-hook', seq: 2, reason: 'resolved', status: 'resolved', alerts: ['voice:resolved'] },
    ]);
    for (const later of [first + 6 * MINUTE, first + 5 * HOUR, first + 48 * HOUR]) {
      expect(tick(log, [resolved], later).due).toEqual([]);
    }
  });

  it('sends no resolved notification when sendResolved is false', () => {
    const log: NotificationLogEntry[] = [];
    const a = fired();
    tick(log, [a], first, { route: { sendResolved: false } });
    const resolved = applied(a, { status: 'resolved', at: T0 + 2 * MINUTE });
    expect(tick(log, [resolved], T0 + HOUR, { route: { sendResolved: false } })).toEqual({ due: [], nextCheckAt: null });
  });

  it('never notifies an alert that fired and resolved within group_wait', () => {
    const log: NotificationLogEntry[] = [];
    const blip = applied(fired(), { status: 'resolved', at: T0 + 10 * SECOND });
    expect(tick(log, [blip], T0 + HOUR)).toEqual({ due: [], nextCheckAt: null });
  });

  it('after a restart with the persisted log, neither repeats nor loses a notification', () => {
    const log: NotificationLogEntry[] = [];
    const a = fired();
    const before = tick(log, [a], first);
    // The restarted process reads the log and the instances back from the database.
    const persisted = JSON.parse(JSON.stringify(log)) as NotificationLogEntry[];
    const reloaded = JSON.parse(JSON.stringify(a)) as AlertInstance;
    expect(planNotifications(groupsOf([reloaded]), persisted, {}, first).due).toEqual([]);
    expect(planNotifications(groupsOf([reloaded]), persisted, {}, first + MINUTE).due).toEqual([]);
    // A crash before the outbox transaction committed left no entry: the same notification is planned
    // again, with the same sequence and idempotency key, so nothing is lost and a receiver that saw a
    // first copy can drop the second.
    const replay = planNotifications(groupsOf([reloaded]), [], {}, first);
    expect(replay.due).toHaveLength(1);
    expect(replay.due[0]?.idempotencyKey).toBe(before.due[0]?.idempotencyKey);
    expect(replay.due[0]?.logEntry).toEqual(before.due[0]?.logEntry);
  });

  it('tells an escalation of a notified alert (same fingerprint) but not a de-escalation', () => {
    const log: NotificationLogEntry[] = [];
    const a = fired();
    tick(log, [a], first);
    const critical = applied(a, { at: T0 + 10 * MINUTE, labels: { severity: 'critical' } });
    const plan = tick(log, [critical], T0 + 10 * MINUTE);
    expect(summary(plan)).toEqual([
      { receiver: 'ops-hook', seq: 2, reason: 'severity_changed', status: 'firing', alerts: ['voice:firing'] },
    ]);
    expect(plan.due[0]?.alerts[0]).toMatchObject({
      previousSeverity: 'warning',
      instance: { fingerprint: a.fingerprint, severity: 'critical' },
    });
    const back = applied(critical, { at: T0 + 20 * MINUTE, labels: { severity: 'warning' } });
    expect(tick(log, [back], T0 + 30 * MINUTE).due).toEqual([]);
  });

  it('does not notify a silenced alert, and notifies it when the silence ends', () => {
    const log: NotificationLogEntry[] = [];
    const a = fired();
    expect(tick(log, [a], first, { muted: { [a.id]: { silencedBy: ['sil-1'] } } })).toEqual({ due: [], nextCheckAt: null });
    expect(summary(tick(log, [a], T0 + HOUR))).toEqual([
      { receiver: 'ops-hook', seq: 1, reason: 'first', status: 'firing', alerts: ['voice:firing'] },
    ]);
  });

  it('keeps its own sequence and key per receiver', () => {
    const log: NotificationLogEntry[] = [];
    const plan = tick(log, [fired()], first, { receivers: ['ops-hook', 'ops-slack'] });
    expect(plan.due.map((n) => [n.receiver.name, n.sequence])).toEqual([
      ['ops-hook', 1],
      ['ops-slack', 1],
    ]);
    expect(plan.due[0]?.idempotencyKey).not.toBe(plan.due[1]?.idempotencyKey);
  });

  it('damps a flapping alert: a new trip waits at least group_interval after the resolution notice', () => {
    const log: NotificationLogEntry[] = [];
    const a = fired();
    tick(log, [a], first);
    const resolved = applied(a, { status: 'resolved', at: T0 + MINUTE });
    tick(log, [resolved], first + 5 * MINUTE); // resolution told at T0+5m30s
    const again = fired({ at: T0 + 6 * MINUTE });
    // group_wait alone would allow T0+6m30s; group_interval after the last notice gives T0+10m30s.
    expect(tick(log, [resolved, again], T0 + 7 * MINUTE)).toEqual({ due: [], nextCheckAt: first + 10 * MINUTE });
    expect(summary(tick(log, [resolved, again], first + 10 * MINUTE))).toEqual([
      { receiver: 'ops-hook', seq: 3, reason: 'first', status: 'firing', alerts: ['voice:firing'] },
    ]);
  });

  describe('for an Alertmanager receiver', () => {
    const am = { receivers: ['am'] };

    it('pushes at once, re-pushes every 60 s (acknowledged too) and pushes the resolution at once', () => {
      const log: NotificationLogEntry[] = [];
      const a = fired();
      expect(summary(tick(log, [a], T0, am))).toEqual([
        { receiver: 'am', seq: 1, reason: 'first', status: 'firing', alerts: ['voice:firing'] },
      ]);
      expect(tick(log, [a], T0 + 59 * SECOND, am)).toEqual({ due: [], nextCheckAt: T0 + MINUTE });
      const acked = acknowledge(a, 'anna', T0 + 30 * SECOND).instance;
      expect(summary(tick(log, [acked], T0 + MINUTE, am))).toEqual([
        { receiver: 'am', seq: 2, reason: 'repeat', status: 'firing', alerts: ['voice:acknowledged'] },
      ]);
      const resolved = applied(acked, { status: 'resolved', at: T0 + 70 * SECOND });
      expect(summary(tick(log, [resolved], T0 + 70 * SECOND, am))).toEqual([
        { receiver: 'am', seq: 3, reason: 'resolved', status: 'resolved', alerts: ['voice:resolved'] },
      ]);
      expect(tick(log, [resolved], T0 + 10 * MINUTE, am)).toEqual({ due: [], nextCheckAt: null });
    });

    it('pushes a de-escalation at once (labels are Alertmanager’s identity)', () => {
      const log: NotificationLogEntry[] = [];
      const critical = fired({ labels: { severity: 'critical' } });
      tick(log, [critical], T0, am);
      const warning = applied(critical, { at: T0 + 10 * SECOND, labels: { severity: 'warning' } });
      const plan = tick(log, [warning], T0 + 10 * SECOND, am);
      expect(plan.due.map((n) => [n.reason, n.alerts[0]?.previousSeverity])).toEqual([['severity_changed', 'critical']]);
    });
  });
});

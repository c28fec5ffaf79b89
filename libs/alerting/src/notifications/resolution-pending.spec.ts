import { groupAlerts } from '../grouping/group-alerts';
import { MINUTE, SECOND, T0, applied, fired, tenantConfig } from '../testing/alert-fixtures';
import type { NotificationLogEntry } from './notification-log';
import { planNotifications } from './plan-notifications';
import { resolutionPending } from './resolution-pending';

describe('resolutionPending', () => {
  const config = tenantConfig(['ops-hook', 'ops-slack']);
  const a = fired();
  const resolved = applied(a, { status: 'resolved', at: T0 + MINUTE });

  it('is true while a receiver told of the alert has not been told it resolved', () => {
    const log: NotificationLogEntry[] = [
      ...planNotifications(groupAlerts('acme', config, [a]).groups, [], {}, T0 + 30 * SECOND).due.map((n) => n.logEntry),
    ];
    const groups = groupAlerts('acme', config, [resolved]).groups;
    expect(resolutionPending(resolved, groups, log)).toBe(true);
    log.push(...planNotifications(groups, log, {}, T0 + 10 * MINUTE).due.map((n) => n.logEntry));
    expect(resolutionPending(resolved, groups, log)).toBe(false);
  });

  it('is false for an alert nobody was told of, and for open alerts', () => {
    const groups = groupAlerts('acme', config, [resolved]).groups;
    expect(resolutionPending(resolved, groups, [])).toBe(false);
    expect(resolutionPending(a, groupAlerts('acme', config, [a]).groups, [])).toBe(false);
  });
});

// When the app may stop passing a resolved instance to the planner: once no receiver that was told
// of it firing still waits to hear that it resolved. Without this the app would either keep every
// resolved instance forever or drop one before its single resolved notification went out.
import type { AlertInstance } from '../model/alert-instance';
import type { AlertGroup } from '../grouping/group-alerts';
import { latestEntry, type NotificationLogEntry } from './notification-log';
import { receiverTiming } from './receiver-timing';

/** Whether some receiver of some group of the instance still has to be told it resolved. */
export function resolutionPending(instance: AlertInstance, groups: readonly AlertGroup[], log: readonly NotificationLogEntry[]): boolean {
  if (instance.state !== 'resolved') {
    return false;
  }
  return groups.some(
    (group) =>
      group.instances.some((i) => i.id === instance.id) &&
      group.receivers.some((receiver) => {
        if (!receiverTiming(group.timing, receiver.kind).sendResolved) {
          return false;
        }
        const told = latestEntry(log, group.key, receiver.name)?.alerts.find((a) => a.instanceId === instance.id);
        return told !== undefined && told.status !== 'resolved';
      }),
  );
}

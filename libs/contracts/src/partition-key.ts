// The Kafka message key producers use. All events of one queue share a key, so they land on one
// partition in order (offered before answered before ended); events without a queue are ordered
// per agent, and schedules per team.
import type { VahtiEvent } from './catalog';

/** Data fields tried in order to build the key; the first present one wins. */
export const PARTITION_KEY_FIELDS = ['queueId', 'agentId', 'teamId'] as const;

/** `<tenantid>/<queueId>`, else `<tenantid>/<agentId>`, else `<tenantid>/<teamId>`, else `<tenantid>`. */
export function partitionKey(event: VahtiEvent): string {
  const data = event.data as Readonly<Record<string, unknown>>;
  for (const field of PARTITION_KEY_FIELDS) {
    const value = data[field];
    if (typeof value === 'string') {
      return `${event.tenantid}/${value}`;
    }
  }
  return event.tenantid;
}

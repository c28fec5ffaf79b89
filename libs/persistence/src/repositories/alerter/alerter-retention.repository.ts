// Housekeeping of the alerter's tables, so they do not grow without end. Only what nothing reads
// any more goes: finished outbox rows (the delivery order looks at pending rows only), notification
// log entries that a later entry of the same group and receiver has superseded (the planner reads the
// latest one per stream, and its sequence keeps new idempotency keys unique), and the lifecycle
// events of alerts resolved before the cutoff. Alert instances stay, as the alert history.
import type { DataSource } from 'typeorm';
import { poolQuery } from './run-query';

/** Rows deleted by one pass. */
export interface PrunedRows {
  readonly outbox: number;
  readonly log: number;
  readonly events: number;
}

/** Deletes the alerter's rows that are older than a cutoff and read by nothing. */
export class AlerterRetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One pass, in one statement. */
  async pruneBefore(cutoff: number): Promise<PrunedRows> {
    const [row] = await poolQuery<PrunedRows>(
      this.dataSource,
      `WITH outbox AS (
         DELETE FROM alert_outbox WHERE status <> 'pending' AND updated_at < $1 RETURNING 1),
       log AS (
         DELETE FROM alert_notification_log l
         WHERE l.sent_at < $1 AND EXISTS (
           SELECT 1 FROM alert_notification_log n
           WHERE n.tenant_id = l.tenant_id AND n.group_key = l.group_key AND n.receiver = l.receiver AND n.sequence > l.sequence)
         RETURNING 1),
       events AS (
         DELETE FROM alert_events e USING alert_instances i
         WHERE e.instance_id = i.id AND i.state = 'resolved' AND i.resolved_at < $1
         RETURNING 1)
       SELECT (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM log)::int AS log, (SELECT count(*) FROM events)::int AS events`,
      [new Date(cutoff)],
    );
    return row ?? { outbox: 0, log: 0, events: 0 };
  }
}

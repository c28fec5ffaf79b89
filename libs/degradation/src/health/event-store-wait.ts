// The broken-data checks count the ingestor's event store; the KPIs come from the evaluator. Both
// consume the same stream and can be far apart while they catch up a backlog: an interval the
// evaluator has gone past (its watermark is beyond the interval's end) while the store holds nothing
// of the tenant that late is not in the store yet, and judged now its contacts would look unended.
// So its review waits while the store moves. A store that stops moving (an ingestor that is down)
// looks the same, and that is broken data the checks must report: after `maxStallMs` without
// progress the review goes ahead with the checks. A stream that is silent at the source moves
// neither watermark nor store, so it is checked at once, and its silence found.

export type EventStoreReadiness = 'ready' | 'wait' | 'stalled';

export interface EventStoreProgress {
  /** Epoch ms of the tenant's newest stored event, null when none is stored. */
  readonly newestStoredAt: number | null;
  readonly intervalEnd: number;
  /** Start (epoch ms) of the newest interval the KPI stream has shown for the tenant, or null. */
  readonly watermark: number | null;
}

/** Whether the event store has not yet caught up with an interval the KPI stream has gone past. */
export function eventStoreBehind(p: EventStoreProgress): boolean {
  return p.watermark !== null && p.watermark >= p.intervalEnd && (p.newestStoredAt === null || p.newestStoredAt < p.intervalEnd);
}

/** Per tenant, since when the event store has shown no progress while a review waits for it. */
export class EventStoreWait {
  private readonly stalls = new Map<string, { newest: number | null; since: number }>();

  constructor(private readonly maxStallMs: number) {}

  /** `ready`: review with the checks; `wait`: the store is behind and moving; `stalled`: behind and still for maxStallMs (review, checks included). */
  readiness(tenantId: string, progress: EventStoreProgress, now: number): EventStoreReadiness {
    if (!eventStoreBehind(progress)) {
      this.stalls.delete(tenantId);
      return 'ready';
    }
    const stall = this.stalls.get(tenantId);
    if (stall === undefined || stall.newest !== progress.newestStoredAt) {
      this.stalls.set(tenantId, { newest: progress.newestStoredAt, since: now });
      return this.maxStallMs <= 0 ? 'stalled' : 'wait';
    }
    return now - stall.since >= this.maxStallMs ? 'stalled' : 'wait';
  }
}

// The broken-data checks count the ingestor's event store; the KPIs come from the evaluator. Both
// consume the same stream and can be far apart while they catch up a backlog: an interval the
// evaluator has gone past (its watermark is beyond the interval's end) while the store holds nothing
// of the tenant that late is not in the store yet, and judged now its contacts would look unended
// and its stream silent. So its review waits for the store, up to `maxWaitMs`. Then it goes ahead
// with the checks, and so do the tenant's next intervals until the store has caught up once: an
// ingestor that is down is broken data the checks must report, and one that stays behind for
// longer must not hold the alerts back (the reviews would fall behind the stream for good).
// A stream that is silent at the source moves neither watermark nor store, so it is checked at
// once, and its silence found.
//
// The tenant's newest stored event stands for the store's progress: a store with one input
// partition far behind the others can be taken for caught up (the evaluator's per-partition
// progress reports do not exist for the ingestor).

export type EventStoreReadiness = 'ready' | 'wait' | 'waited';

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

/** Per tenant, since when its reviews have been waiting for the event store. */
export class EventStoreWait {
  private readonly waitingSince = new Map<string, number>();

  constructor(private readonly maxWaitMs: number) {}

  /** `ready`: the store has caught up; `wait`: it has not, ask again later; `waited`: it has not, but the review has waited long enough. */
  readiness(tenantId: string, progress: EventStoreProgress, now: number): EventStoreReadiness {
    if (!eventStoreBehind(progress)) {
      this.waitingSince.delete(tenantId);
      return 'ready';
    }
    const since = this.waitingSince.get(tenantId) ?? now;
    this.waitingSince.set(tenantId, since);
    return now - since >= this.maxWaitMs ? 'waited' : 'wait';
  }
}

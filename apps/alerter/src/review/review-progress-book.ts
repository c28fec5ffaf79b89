// Where each tenant stands: the newest interval the KPI stream has shown (watermark), when it was
// last heard from, and the last interval reviewed. The last review and the watermark are written
// with every review and read back at start-up, so a tenant whose stream stays silent after a
// restart is still reviewed by the clock (and its silence seen); a tenant first seen on the
// stream is loaded from PostgreSQL then.
// The watermark is held back to the slowest evaluator partition that carries the tenant and is
// still catching up (its progress reports, @vahti/contracts evaluator-progress.ts): while the
// evaluator works through a backlog, the newest KPI message of a tenant can come from a partition
// hours ahead of the one that holds some of its queues, whose rows are not there yet.
import { dueIntervals, MAX_CATCH_UP_INTERVALS, MAX_WAIT_MS, type ReviewProgress } from '@vahti/degradation';
import { INTERVAL_MS, intervalStart } from '@vahti/kpi';

/** After a restart, the consumer joins its group and delivers the first records well within this. */
export const RESTART_GRACE_MS = 60_000;

/** A partition report older than this no longer holds tenants back (its evaluator is gone; its successor reports within seconds). */
export const PROGRESS_TTL_MS = 10 * 60_000;

interface PartitionEntry {
  readonly appliedUntil: number;
  readonly caughtUp: boolean;
  readonly tenants: ReadonlySet<string>;
  readonly receivedAt: number;
}

/** What the alerter reads of an evaluator progress report. */
export interface PartitionReport {
  readonly topic: string;
  readonly partition: number;
  /** Epoch ms. */
  readonly appliedUntil: number;
  readonly caughtUp: boolean;
  readonly tenants: readonly string[];
}

interface Entry {
  watermark: number | null;
  lastSeenAt: number | null;
  /** undefined: not loaded yet; null: never reviewed. */
  lastReviewed: number | null | undefined;
}

/** Review progress per tenant. */
export class ReviewProgressBook {
  private readonly tenants = new Map<string, Entry>();
  private readonly partitions = new Map<string, PartitionEntry>();

  /** `maxCatchUp`: ALERTER_MAX_CATCH_UP_INTERVALS (libs/degradation dueIntervals). */
  constructor(private readonly maxCatchUp = MAX_CATCH_UP_INTERVALS) {}

  /** An evaluator progress report arrived at `now`. */
  reported(report: PartitionReport, now: number): void {
    this.partitions.set(`${report.topic}/${report.partition}`, {
      appliedUntil: report.appliedUntil,
      caughtUp: report.caughtUp,
      tenants: new Set(report.tenants),
      receivedAt: now,
    });
  }

  /** A KPI message of `periodStart` (interval granularity) of the tenant arrived at `now`. */
  seen(tenantId: string, periodStart: number, now: number): void {
    const entry = this.tenants.get(tenantId) ?? { watermark: null, lastSeenAt: null, lastReviewed: undefined };
    entry.watermark = Math.max(entry.watermark ?? periodStart, periodStart);
    entry.lastSeenAt = now;
    this.tenants.set(tenantId, entry);
  }

  /**
   * A tenant's progress as stored by the last review before a restart at `now`. Its intervals fall
   * due by the clock once the stream has said nothing of it for RESTART_GRACE_MS after the restart
   * (a silent stream is still reviewed, and its silence seen), not at once: before the consumer has
   * delivered its first records that would jump the reviews to the wall clock, past a backlog.
   */
  restored(tenantId: string, lastReviewed: number, watermark: number, now: number): void {
    if (!this.tenants.has(tenantId)) {
      this.tenants.set(tenantId, { watermark, lastSeenAt: now - MAX_WAIT_MS + RESTART_GRACE_MS, lastReviewed });
    }
  }

  /** The newest interval the tenant's rows are complete for: the stream's watermark, held back to lagging partitions; or null. */
  watermarkOf(tenantId: string, now: number): number | null {
    const watermark = this.tenants.get(tenantId)?.watermark ?? null;
    if (watermark === null) {
      return null;
    }
    let held = watermark;
    for (const p of this.partitions.values()) {
      if (!p.caughtUp && p.tenants.has(tenantId) && now - p.receivedAt < PROGRESS_TTL_MS) {
        held = Math.min(held, intervalStart(p.appliedUntil));
      }
    }
    return held;
  }

  /** Tenants whose last review is not known yet. */
  unloaded(): string[] {
    return [...this.tenants].filter(([, e]) => e.lastReviewed === undefined).map(([t]) => t);
  }

  /** The stored last review (null: never); a tenant never reviewed starts with the interval of its first watermark. */
  loaded(tenantId: string, lastReviewed: number | null): void {
    const entry = this.tenants.get(tenantId);
    if (entry !== undefined) {
      entry.lastReviewed = lastReviewed ?? (entry.watermark === null ? null : entry.watermark - INTERVAL_MS);
    }
  }

  reviewed(tenantId: string, intervalStart: number): void {
    const entry = this.tenants.get(tenantId);
    if (entry !== undefined) {
      entry.lastReviewed = intervalStart;
    }
  }

  /** Every tenant's due intervals, oldest first. */
  due(now: number): Array<{ tenantId: string; intervals: number[] }> {
    const out: Array<{ tenantId: string; intervals: number[] }> = [];
    for (const [tenantId, entry] of this.tenants) {
      if (entry.lastReviewed !== undefined) {
        const progress: ReviewProgress = {
          lastReviewed: entry.lastReviewed,
          watermark: this.watermarkOf(tenantId, now),
          lastSeenAt: entry.lastSeenAt,
        };
        const intervals = dueIntervals(progress, now, this.maxCatchUp);
        if (intervals.length > 0) {
          out.push({ tenantId, intervals });
        }
      }
    }
    return out;
  }
}

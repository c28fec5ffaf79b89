// Where each tenant stands: the newest interval the KPI stream has shown (watermark), when it was
// last heard from, and the last interval reviewed. The last review and the watermark are written
// with every review and read back at start-up, so a tenant whose stream stays silent after a
// restart is still reviewed by the clock (and its silence seen); a tenant first seen on the
// stream is loaded from PostgreSQL then.
import { dueIntervals, type ReviewProgress } from '@vahti/degradation';
import { INTERVAL_MS } from '@vahti/kpi';

interface Entry {
  watermark: number | null;
  lastSeenAt: number | null;
  /** undefined: not loaded yet; null: never reviewed. */
  lastReviewed: number | null | undefined;
}

/** Review progress per tenant. */
export class ReviewProgressBook {
  private readonly tenants = new Map<string, Entry>();

  /** A KPI message of `periodStart` (interval granularity) of the tenant arrived at `now`. */
  seen(tenantId: string, periodStart: number, now: number): void {
    const entry = this.tenants.get(tenantId) ?? { watermark: null, lastSeenAt: null, lastReviewed: undefined };
    entry.watermark = Math.max(entry.watermark ?? periodStart, periodStart);
    entry.lastSeenAt = now;
    this.tenants.set(tenantId, entry);
  }

  /** A tenant's progress as stored by the last review before a restart; nothing heard from it since. */
  restored(tenantId: string, lastReviewed: number, watermark: number): void {
    if (!this.tenants.has(tenantId)) {
      this.tenants.set(tenantId, { watermark, lastSeenAt: null, lastReviewed });
    }
  }

  /** The newest interval the stream has shown for the tenant, or null. */
  watermarkOf(tenantId: string): number | null {
    return this.tenants.get(tenantId)?.watermark ?? null;
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
        const progress: ReviewProgress = { lastReviewed: entry.lastReviewed, watermark: entry.watermark, lastSeenAt: entry.lastSeenAt };
        const intervals = dueIntervals(progress, now);
        if (intervals.length > 0) {
          out.push({ tenantId, intervals });
        }
      }
    }
    return out;
  }
}

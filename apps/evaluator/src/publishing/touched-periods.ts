import { parseAggregateKey } from '@vahti/kpi';

/** Periods and series of one tenant whose KPI values may have changed since the last publication. */
export interface TenantPeriods {
  readonly interval: Set<number>;
  readonly day: Set<number>;
  /** `<queue>\u001f<channel>` of every series touched. */
  readonly series: Set<string>;
}

/**
 * What committed chunks changed and has not been published yet: the union over chunks, so ten chunks
 * that touch the same interval cost one re-read and one publication, not ten.
 */
export class TouchedPeriods {
  private tenants = new Map<string, TenantPeriods>();
  /** Event times (epoch ms) of the applied events, for the freshness histogram. */
  private occurred: number[] = [];

  get isEmpty(): boolean {
    return this.tenants.size === 0 && this.occurred.length === 0;
  }

  /** Adds the aggregate keys a chunk wrote (only `all` rows feed series values) and its events' times. */
  add(touchedKeys: readonly string[], occurredMs: readonly number[]): void {
    for (const text of touchedKeys) {
      const key = parseAggregateKey(text);
      if (key.dimension !== 'all') {
        continue;
      }
      const entry = this.tenant(key.tenantId);
      entry[key.granularity].add(key.periodStart);
      entry.series.add(`${key.queueId}\u001f${key.channel}`);
    }
    for (const t of occurredMs) {
      this.occurred.push(t);
    }
  }

  /** Hands over everything collected so far and starts empty. */
  take(): { tenants: Map<string, TenantPeriods>; occurred: number[] } {
    const taken = { tenants: this.tenants, occurred: this.occurred };
    this.tenants = new Map();
    this.occurred = [];
    return taken;
  }

  /** Puts back what a failed publication took, so the next one covers it. */
  restore(taken: { tenants: ReadonlyMap<string, TenantPeriods>; occurred: readonly number[] }): void {
    for (const [tenant, periods] of taken.tenants) {
      const entry = this.tenant(tenant);
      periods.interval.forEach((p) => entry.interval.add(p));
      periods.day.forEach((p) => entry.day.add(p));
      periods.series.forEach((s) => entry.series.add(s));
    }
    for (const t of taken.occurred) {
      this.occurred.push(t);
    }
  }

  private tenant(tenantId: string): TenantPeriods {
    let entry = this.tenants.get(tenantId);
    if (entry === undefined) {
      entry = { interval: new Set(), day: new Set(), series: new Set() };
      this.tenants.set(tenantId, entry);
    }
    return entry;
  }
}

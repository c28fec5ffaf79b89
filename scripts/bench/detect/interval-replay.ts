// The evaluator's state built in memory from a simulated run, interval by interval: events are
// applied in time order, and each 15-minute interval is handed to the review once every event up
// to its end plus SETTLE_MS has been applied (as the alerter reviews an interval shortly after it
// closes, not with hindsight: surveys and late events that come after that are not seen).
import type { VahtiEvent } from '@vahti/contracts';
import type { RowsAt, TenantRow } from '@vahti/degradation';
import { applyBatch, INTERVAL_MS, newState, parseAggregateKey, type EvaluationSettings, type EvaluatorState } from '@vahti/kpi';

export const SETTLE_MS = 5 * 60_000;
/** Events per batch before the first review (results do not depend on batch boundaries). */
const WARM_UP_BATCH = 20_000;

export class IntervalReplay {
  private readonly state: EvaluatorState = newState();
  /** Interval-granularity row keys by tenant and period start. */
  private readonly byPeriod = new Map<string, Map<number, Map<string, Omit<TenantRow, 'counters'>>>>();

  constructor(private readonly settings: EvaluationSettings) {}

  /**
   * Applies `events` (time-ordered) and calls `review(intervalStart)` for every interval from
   * `from` as it closes; before `from`, events are applied in larger batches without reviews.
   */
  run(events: readonly VahtiEvent[], from: number, review: (intervalStart: number) => void): void {
    let next = from;
    let batch: VahtiEvent[] = [];
    for (const event of events) {
      const at = Date.parse(event.time);
      while (at >= next + INTERVAL_MS + SETTLE_MS) {
        this.apply(batch);
        batch = [];
        review(next);
        next += INTERVAL_MS;
      }
      batch.push(event);
      if (batch.length >= WARM_UP_BATCH && at < from) {
        this.apply(batch);
        batch = [];
      }
    }
    this.apply(batch);
    review(next);
  }

  /** The rows of a tenant at an interval start. */
  rowsAt(tenantId: string): RowsAt {
    return (periodStart) => {
      const keys = this.byPeriod.get(tenantId)?.get(periodStart);
      if (keys === undefined) {
        return [];
      }
      const rows: TenantRow[] = [];
      for (const [key, row] of keys) {
        const aggregate = this.state.rows.get(key);
        if (aggregate !== undefined) {
          rows.push({ ...row, counters: aggregate.counters });
        }
      }
      return rows;
    };
  }

  private apply(events: readonly VahtiEvent[]): void {
    if (events.length === 0) {
      return;
    }
    for (const key of applyBatch(this.state, events, this.settings, { inPlace: true })) {
      const parsed = parseAggregateKey(key);
      if (parsed.granularity !== 'interval') {
        continue;
      }
      let tenant = this.byPeriod.get(parsed.tenantId);
      if (tenant === undefined) {
        tenant = new Map();
        this.byPeriod.set(parsed.tenantId, tenant);
      }
      let period = tenant.get(parsed.periodStart);
      if (period === undefined) {
        period = new Map();
        tenant.set(parsed.periodStart, period);
      }
      if (!period.has(key)) {
        period.set(key, {
          queueId: parsed.queueId,
          channel: parsed.channel,
          dimension: parsed.dimension,
          dimensionValue: parsed.dimensionValue,
        });
      }
    }
  }
}

// What one evaluator keeps in memory for a partition it owns: the aggregate rows and the facts
// only it writes (agents, QA evaluations, forecasts are keyed onto one partition by producers; agent
// rosters follow the agents).
// Customers are not cached: their contacts arrive on any partition, so they are always read under
// a lock. Everything here is a cache of committed state; it is dropped on every rebalance.
import {
  type Aggregate,
  type AgentRoster,
  type AgentTimeline,
  DAY_MS,
  type ForecastSlot,
  type QaRecord,
  periodOfAggregateKey,
} from '@vahti/kpi';
import type { EventLoopBudget } from '../scheduling/event-loop-budget';

/** How much recent history stays cached; older rows are read back from PostgreSQL when a late event needs them. */
const KEEP_INTERVALS_MS = 36 * 3_600_000;
const KEEP_DAYS_MS = 3 * DAY_MS;
const KEEP_FACTS_MS = 8 * DAY_MS;
const SWEEP_EVERY_BATCHES = 50;

export class PartitionState {
  readonly rows = new Map<string, Aggregate>();
  readonly agents = new Map<string, AgentTimeline>();
  readonly evaluations = new Map<string, QaRecord>();
  readonly forecasts = new Map<string, ForecastSlot>();
  /** By tenant id: one small fact per tenant, kept. */
  readonly rosters = new Map<string, AgentRoster>();
  private newest = 0;
  private batches = 0;

  /** Notes the newest event time seen and now and then forgets what is too old to be hot. */
  async afterBatch(newestEventMs: number, budget: EventLoopBudget): Promise<void> {
    this.newest = Math.max(this.newest, newestEventMs);
    this.batches += 1;
    if (this.batches % SWEEP_EVERY_BATCHES === 0) {
      await this.sweep(budget);
    }
  }

  // Tens of thousands of rows after a catch-up: it yields to the event loop as it goes (59 ms in
  // one piece on the 2-core machine, with REST requests waiting).
  private async sweep(budget: EventLoopBudget): Promise<void> {
    for (const key of this.rows.keys()) {
      if (budget.spent) {
        await budget.yield();
      }
      const { granularity, periodStart } = periodOfAggregateKey(key);
      if (periodStart < this.newest - (granularity === 'interval' ? KEEP_INTERVALS_MS : KEEP_DAYS_MS)) {
        this.rows.delete(key);
      }
    }
    for (const [key, record] of this.evaluations) {
      if (record.at < this.newest - KEEP_FACTS_MS) {
        this.evaluations.delete(key);
      }
    }
    for (const [key, slot] of this.forecasts) {
      if (slot.intervalStart < this.newest - KEEP_FACTS_MS) {
        this.forecasts.delete(key);
      }
    }
  }
}

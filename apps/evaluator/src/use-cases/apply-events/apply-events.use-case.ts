import {
  type Aggregate,
  type AggregateKey,
  aggregateKeyString,
  type BatchOutcome,
  type EvaluationSettings,
  emptyAggregate,
  evaluateBatch,
  mergeAggregateInto,
  parseAggregateKey,
  settleDerivedTerms,
} from '@vahti/kpi';
import type { DecodeContext } from '@vahti/ingestion';
import type { ConsumedRecord } from '@vahti/messaging';
import type { AggregateRowKey, EvaluatorStateRepository, EvaluatorStateTransaction } from '@vahti/persistence';
import type { EvaluatorMetrics } from '../../evaluator-metrics';
import { fromRecord, toRecord } from '../../state/aggregate-codec';
import { FACT_CODECS } from '../../state/fact-codec';
import { PartitionState } from '../../state/partition-state';
import { EventLoopBudget } from '../../scheduling/event-loop-budget';
import { type Candidate, decodeChunk } from './decode-chunk';
import { loadFacts, rosterFactKey } from './load-facts';

export interface ApplySettings {
  readonly decode: Omit<DecodeContext, 'now'>;
  readonly evaluation: EvaluationSettings;
  readonly groupId: string;
  readonly topic: string;
}

/** What a committed chunk changed, for publishing. */
export interface AppliedChunk {
  readonly partition: number;
  readonly applied: readonly Candidate[];
  /** Aggregate key strings written by this chunk. */
  readonly touched: readonly string[];
}

/**
 * Applies a chunk of one partition exactly once: records below the stored offset are skipped
 * (already applied before a crash), events whose key was applied before are skipped (duplicates),
 * and the new state, the applied keys and the next offset are committed in one transaction.
 * The in-memory cache changes only after that commit.
 */
export class ApplyEventsUseCase {
  private readonly partitions = new Map<number, PartitionState>();
  private offsets: Map<number, bigint> | null = null;

  constructor(
    private readonly repository: EvaluatorStateRepository,
    private readonly metrics: EvaluatorMetrics,
    private readonly settings: ApplySettings,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** After a rebalance every cache may be stale: another instance may have owned these partitions. */
  reset(): void {
    this.partitions.clear();
    this.offsets = null;
  }

  async execute(records: readonly ConsumedRecord[]): Promise<AppliedChunk | null> {
    const first = records[0];
    const last = records[records.length - 1];
    if (first === undefined || last === undefined) {
      return null;
    }
    const partition = first.partition;
    const endTimer = this.metrics.batchDuration.startTimer();
    const next = await this.nextOffset(partition);
    const fresh = records.filter((r) => BigInt(r.offset) >= next);
    this.metrics.skipped.inc({ reason: 'replayed' }, records.length - fresh.length);
    const decoded = await decodeChunk(fresh, { ...this.settings.decode, now: this.clock() }, new EventLoopBudget());
    this.metrics.skipped.inc({ reason: 'invalid' }, decoded.invalid);
    const cache = this.stateOf(partition);
    const nextOffset = BigInt(last.offset) + 1n;

    // Cached rows are updated in place during the transaction; if it fails, the partition's cache
    // is dropped and rebuilt from PostgreSQL, which still holds the last committed state.
    const result = await this.repository
      .inTransaction(async (tx) => {
        const claimed = await tx.claimEvents(decoded.candidates);
        const applied = decoded.candidates.filter((c) => claimed.has(c.eventKey));
        const events = applied.map((c) => c.event);
        const facts = await loadFacts(tx, events, partition, cache);
        const outcome = evaluateBatch(events, facts, this.settings.evaluation);
        const rows = await this.mergeRows(tx, partition, cache, outcome);
        settleDerivedTerms(rows, this.settings.evaluation);
        await tx.saveAggregates(
          partition,
          [...rows].map(([key, row]) => toRecord(parseAggregateKey(key), row)),
        );
        await saveFacts(tx, partition, outcome);
        await tx.saveOffset(this.settings.groupId, this.settings.topic, partition, nextOffset.toString());
        return { applied, rows, outcome };
      })
      .catch((error: unknown) => {
        this.partitions.delete(partition);
        throw error;
      });

    this.commitToCache(cache, result.rows, result.outcome);
    this.offsets?.set(partition, nextOffset);
    this.metrics.skipped.inc({ reason: 'duplicate' }, decoded.duplicatesInChunk + decoded.candidates.length - result.applied.length);
    this.metrics.tooLate.inc(result.outcome.tooLate);
    // One inc per event type and chunk: prom-client serialises the labels on every call.
    const byType = new Map<string, number>();
    for (const c of result.applied) {
      byType.set(c.event.type, (byType.get(c.event.type) ?? 0) + 1);
    }
    byType.forEach((count, type) => this.metrics.applied.inc({ type }, count));
    await cache.afterBatch(
      result.applied.reduce((newest, c) => Math.max(newest, c.occurredMs), 0),
      new EventLoopBudget(),
    );
    endTimer();
    return { partition, applied: result.applied, touched: [...result.rows.keys()] };
  }

  private async nextOffset(partition: number): Promise<bigint> {
    if (this.offsets === null) {
      const stored = await this.repository.loadOffsets(this.settings.groupId, this.settings.topic);
      this.offsets = new Map([...stored].map(([p, o]) => [p, BigInt(o)]));
    }
    return this.offsets.get(partition) ?? 0n;
  }

  private stateOf(partition: number): PartitionState {
    let state = this.partitions.get(partition);
    if (state === undefined) {
      state = new PartitionState();
      this.partitions.set(partition, state);
    }
    return state;
  }

  // The current rows (cache, else PostgreSQL) with the batch's deltas added.
  private async mergeRows(
    tx: EvaluatorStateTransaction,
    partition: number,
    cache: PartitionState,
    outcome: BatchOutcome,
  ): Promise<Map<string, Aggregate>> {
    const rows = new Map<string, Aggregate>();
    const missing: string[] = [];
    for (const key of outcome.deltas.keys()) {
      const hit = cache.rows.get(key);
      if (hit === undefined) {
        missing.push(key);
      } else {
        rows.set(key, hit);
      }
    }
    const stored = await tx.loadAggregates(partition, missing.map(parseAggregateKey));
    for (const record of stored) {
      rows.set(keyStringOf(record), fromRecord(record));
    }
    for (const [key, delta] of outcome.deltas) {
      const row = rows.get(key) ?? emptyAggregate();
      rows.set(key, mergeAggregateInto(row, delta));
    }
    return rows;
  }

  private commitToCache(cache: PartitionState, rows: ReadonlyMap<string, Aggregate>, outcome: BatchOutcome): void {
    for (const [key, row] of rows) {
      cache.rows.set(key, row);
    }
    outcome.agents.forEach((v, k) => cache.agents.set(k, v));
    outcome.evaluations.forEach((v, k) => cache.evaluations.set(k, v));
    outcome.forecasts.forEach((v, k) => cache.forecasts.set(k, v));
    outcome.rosters.forEach((v, k) => cache.rosters.set(k, v));
  }
}

async function saveFacts(tx: EvaluatorStateTransaction, partition: number, outcome: BatchOutcome): Promise<void> {
  await tx.saveFacts('customer', mapValues(outcome.customers, FACT_CODECS.customer.encode));
  await tx.saveFacts('agent', mapValues(outcome.agents, FACT_CODECS.agent.encode));
  await tx.saveFacts('evaluation', mapValues(outcome.evaluations, FACT_CODECS.evaluation.encode));
  await tx.saveFacts('forecast', mapValues(outcome.forecasts, FACT_CODECS.forecast.encode));
  await tx.saveFacts('workforce', mapValues(outcome.workforce, FACT_CODECS.workforce.encode));
  await tx.saveFacts(
    'roster',
    new Map([...outcome.rosters].map(([tenantId, roster]) => [rosterFactKey(partition, tenantId), FACT_CODECS.roster.encode(roster)])),
  );
}

function mapValues<T>(map: ReadonlyMap<string, T>, encode: (value: T) => unknown): Map<string, unknown> {
  return new Map([...map].map(([k, v]) => [k, encode(v)]));
}

function keyStringOf(record: AggregateRowKey): string {
  return aggregateKeyString(record as AggregateKey);
}

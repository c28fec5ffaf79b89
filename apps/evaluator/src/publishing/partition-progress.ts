// How far each input partition this instance owns has been committed, for the progress reports on
// the KPI topic (@vahti/contracts evaluator-progress.ts). A partition's report is sent with the next
// publication after it changed, so it never runs ahead of the KPI rows it speaks for.
import { hash } from 'node:crypto';
import { EVALUATOR_PROGRESS_TYPE, type EvaluatorProgressEvent } from '@vahti/contracts';
import type { KeyedRecord } from '@vahti/messaging';

interface Progress {
  appliedUntil: number;
  caughtUp: boolean;
  readonly tenants: Set<string>;
}

export class PartitionProgress {
  private readonly partitions = new Map<number, Progress>();
  private changed = new Set<number>();

  constructor(
    private readonly topic: string,
    private readonly source: string,
  ) {}

  get hasChanges(): boolean {
    return this.changed.size > 0;
  }

  /** A committed chunk of `partition`: the event times and tenants of what it applied. */
  applied(partition: number, events: ReadonlyArray<{ readonly occurredMs: number; readonly tenantId: string }>): void {
    const progress = this.of(partition);
    for (const e of events) {
      progress.appliedUntil = Math.max(progress.appliedUntil, e.occurredMs);
      if (!progress.tenants.has(e.tenantId)) {
        progress.tenants.add(e.tenantId);
      }
    }
    if (events.length > 0) {
      this.changed.add(partition);
    }
  }

  /** Records left on the partition after a committed chunk; true when that changed whether it is caught up. */
  lag(partition: number, records: number): boolean {
    const progress = this.of(partition);
    const caughtUp = records <= 0;
    if (caughtUp === progress.caughtUp) {
      return false;
    }
    progress.caughtUp = caughtUp;
    this.changed.add(partition);
    return true;
  }

  /** After a rebalance: what other instances owned meanwhile is theirs to report. */
  reset(): void {
    this.partitions.clear();
    this.changed.clear();
  }

  /** The reports of the partitions that changed since the last take (of those with applied events). */
  take(now: number): { records: KeyedRecord[]; partitions: Set<number> } {
    const partitions = this.changed;
    this.changed = new Set();
    const records: KeyedRecord[] = [];
    for (const partition of partitions) {
      const progress = this.partitions.get(partition);
      if (progress !== undefined && progress.tenants.size > 0) {
        records.push(this.record(partition, progress, now));
      }
    }
    return { records, partitions };
  }

  /** Puts back what a failed publication took. */
  restore(partitions: ReadonlySet<number>): void {
    partitions.forEach((p) => this.changed.add(p));
  }

  private of(partition: number): Progress {
    let progress = this.partitions.get(partition);
    if (progress === undefined) {
      progress = { appliedUntil: 0, caughtUp: false, tenants: new Set() };
      this.partitions.set(partition, progress);
    }
    return progress;
  }

  private record(partition: number, progress: Progress, now: number): KeyedRecord {
    const appliedUntil = new Date(progress.appliedUntil).toISOString();
    const event: EvaluatorProgressEvent = {
      specversion: '1.0',
      id: hash('sha1', `${this.source}/${this.topic}/${partition}/${appliedUntil}/${String(progress.caughtUp)}/${now}`),
      source: this.source,
      type: EVALUATOR_PROGRESS_TYPE,
      time: new Date(now).toISOString(),
      datacontenttype: 'application/json',
      data: { topic: this.topic, partition, appliedUntil, caughtUp: progress.caughtUp, tenants: [...progress.tenants].sort() },
    };
    return { key: `progress/${partition}`, value: JSON.stringify(event) };
  }
}

// Splits a run's contacts into consecutive time batches by arrival and gives the contact KPIs of
// each batch, the input batchMeansStandardError needs. KPI definitions as in QueueStatistics.
import type { ContactRecord } from '../queue/contact-record';

// See the note on globals in random/distributions.ts.
const floor = Math.floor;

/** The KPI values of each batch, in batch order. */
export interface BatchKpis {
  readonly serviceLevel: number[];
  readonly averageSpeedOfAnswer: number[];
  readonly abandonmentRate: number[];
}

interface Batch {
  offered: number;
  answered: number;
  abandoned: number;
  answeredWithin: number;
  answeredWaitSum: number;
}

export class ContactBatches {
  private readonly batches: Batch[];

  constructor(
    private readonly from: number,
    private readonly batchLength: number,
    count: number,
    private readonly threshold: number,
  ) {
    this.batches = Array.from({ length: count }, () => ({ offered: 0, answered: 0, abandoned: 0, answeredWithin: 0, answeredWaitSum: 0 }));
  }

  /** Adds a contact to the batch its arrival falls in; contacts outside every batch are ignored. */
  add(record: ContactRecord): void {
    const batch = this.batches[floor((record.arrivalTime - this.from) / this.batchLength)];
    if (batch === undefined) {
      return;
    }
    batch.offered += 1;
    if (record.outcome === 'answered') {
      batch.answered += 1;
      batch.answeredWaitSum += record.wait;
      if (record.wait <= this.threshold) {
        batch.answeredWithin += 1;
      }
    } else {
      batch.abandoned += 1;
    }
  }

  /** Each batch's service level, ASA and abandonment rate. */
  kpis(): BatchKpis {
    return {
      serviceLevel: this.batches.map((b) => ratio(b.answeredWithin, b.offered)),
      averageSpeedOfAnswer: this.batches.map((b) => ratio(b.answeredWaitSum, b.answered)),
      abandonmentRate: this.batches.map((b) => ratio(b.abandoned, b.offered)),
    };
  }
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

import { EVENT_TYPES } from '@vahti/contracts';
import { type DecodeContext, decodeRecord } from '@vahti/ingestion';
import type { ConsumedRecord, DeadLetter } from '@vahti/messaging';
import { isTransientDatabaseError, type StoredEventRow } from '@vahti/persistence';
import type { IngestMetrics } from '../../ingest-metrics';

/** Ports the use case needs; the Nest wiring supplies the real adapters. */
export interface IngestPorts {
  append(rows: readonly StoredEventRow[]): Promise<{ insertedByType: Map<string, number> }>;
  deadLetter(letters: readonly DeadLetter[], now: Date): Promise<void>;
  metrics: IngestMetrics;
  clock: () => Date;
}

export type DecodeSettings = Omit<DecodeContext, 'now'>;

export interface IngestSummary {
  stored: number;
  duplicates: number;
  deadLettered: number;
  /** Dead letters of this chunk per reason code, for the log line operators read. */
  deadLetterReasons: Record<string, number>;
}

/** A decoded row and the record it came from, kept together so a refused row can be dead-lettered. */
interface Candidate {
  row: StoredEventRow;
  record: ConsumedRecord;
}

const KNOWN_TYPES = new Set<string>(EVENT_TYPES);

/**
 * Decode → store valid events idempotently → dead-letter the rest. Resolves only when every record
 * of the chunk is durably stored (or already was) or durably dead-lettered, so the caller may then
 * commit the offsets. Throws when the database is unreachable; nothing may be committed then.
 */
export class IngestBatchUseCase {
  constructor(
    private readonly ports: IngestPorts,
    private readonly settings: DecodeSettings,
  ) {}

  async execute(records: readonly ConsumedRecord[]): Promise<IngestSummary> {
    const { metrics } = this.ports;
    const now = this.ports.clock();
    const context: DecodeContext = { ...this.settings, now };
    const candidates: Candidate[] = [];
    const letters: DeadLetter[] = [];
    for (const record of records) {
      const outcome = decodeRecord(record.value, context);
      if (outcome.ok) {
        candidates.push({ row: { ...outcome.event, kafkaPartition: record.partition, kafkaOffset: record.offset }, record });
      } else {
        letters.push({ record, reason: outcome.reason, detail: outcome.detail, eventType: outcome.type });
      }
    }
    metrics.consumed.inc(records.length);
    metrics.batchSize.observe(records.length);

    const endTimer = metrics.writeDuration.startTimer();
    const written = new Map<string, Written>();
    await this.storeIsolatingBadRows(candidates, written, letters);
    endTimer();

    await this.ports.deadLetter(letters, now);

    let stored = 0;
    let duplicates = 0;
    for (const [type, w] of written) {
      stored += w.inserted;
      duplicates += w.offered - w.inserted;
      metrics.stored.inc({ type }, w.inserted);
      metrics.duplicates.inc({ type }, w.offered - w.inserted);
    }
    const deadLetterReasons: Record<string, number> = {};
    for (const letter of letters) {
      metrics.deadLettered.inc({ reason: letter.reason, type: typeLabel(letter.eventType) });
      deadLetterReasons[letter.reason] = (deadLetterReasons[letter.reason] ?? 0) + 1;
    }
    return { stored, duplicates, deadLettered: letters.length, deadLetterReasons };
  }

  /**
   * Writes candidates in one transaction. If PostgreSQL refuses the data itself (not an outage),
   * the set is split in halves until the offending rows stand alone; those are dead-lettered with
   * the database's message, so one bad row can neither block the partition nor be lost.
   */
  private async storeIsolatingBadRows(
    candidates: readonly Candidate[],
    written: Map<string, Written>,
    letters: DeadLetter[],
  ): Promise<void> {
    if (candidates.length === 0) {
      return;
    }
    try {
      const { insertedByType } = await this.ports.append(candidates.map((c) => c.row));
      for (const c of candidates) {
        entry(written, c.row.type).offered += 1;
      }
      for (const [type, n] of insertedByType) {
        entry(written, type).inserted += n;
      }
    } catch (error) {
      if (isTransientDatabaseError(error)) {
        throw error;
      }
      if (candidates.length === 1) {
        const [only] = candidates as [Candidate];
        const detail = error instanceof Error ? error.message : String(error);
        letters.push({ record: only.record, reason: 'storage_rejected', detail, eventType: only.row.type });
        return;
      }
      const half = Math.ceil(candidates.length / 2);
      await this.storeIsolatingBadRows(candidates.slice(0, half), written, letters);
      await this.storeIsolatingBadRows(candidates.slice(half), written, letters);
    }
  }
}

interface Written {
  offered: number;
  inserted: number;
}

function entry(written: Map<string, Written>, type: string): Written {
  let w = written.get(type);
  if (w === undefined) {
    w = { offered: 0, inserted: 0 };
    written.set(type, w);
  }
  return w;
}

function typeLabel(type: string | undefined): string {
  // Only contract types become label values: one series per garbage string would leak memory.
  return type !== undefined && KNOWN_TYPES.has(type) ? type : 'unknown';
}

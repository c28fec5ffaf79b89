// Records → events the evaluator may apply: decoded exactly as the ingestor decodes them (invalid
// records are the ingestor's to dead-letter; here they are only counted), keyed for de-duplication.
import { hash } from 'node:crypto';
import type { VahtiEvent } from '@vahti/contracts';
import { type DecodeContext, decodeEvent } from '@vahti/ingestion';
import type { ConsumedRecord } from '@vahti/messaging';
import type { EventLoopBudget } from '../../scheduling/event-loop-budget';

export interface Candidate {
  readonly event: VahtiEvent;
  readonly tenantId: string;
  /** UUID-formatted MD5 of (tenant, source, id): the CloudEvents identity, compact for the applied-events table. */
  readonly eventKey: string;
  /** The event time as sent (RFC 3339) and in epoch ms. */
  readonly occurredAt: string;
  readonly occurredMs: number;
}

export interface DecodedChunk {
  readonly candidates: Candidate[];
  readonly invalid: number;
  /** Same event twice within the chunk. */
  readonly duplicatesInChunk: number;
}

/** The digest under which an event is remembered as applied. */
export function eventKeyOf(tenantId: string, source: string, id: string): string {
  // One-shot hash: the same digest as hashing the parts in turn, without a Hash object per event.
  const hex = hash('md5', `${tenantId}\u0000${source}\u0000${id}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Decodes a chunk, dropping invalid records and in-chunk duplicates, yielding the event loop as `budget` says. */
export async function decodeChunk(
  records: readonly ConsumedRecord[],
  context: DecodeContext,
  budget: EventLoopBudget,
): Promise<DecodedChunk> {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  let duplicatesInChunk = 0;
  for (const record of records) {
    if (budget.spent) {
      await budget.yield();
    }
    const outcome = decodeEvent(record.value, context);
    if (!outcome.ok) {
      invalid += 1;
      continue;
    }
    const event = outcome.payload;
    const eventKey = eventKeyOf(event.tenantid, event.source, event.id);
    if (seen.has(eventKey)) {
      duplicatesInChunk += 1;
      continue;
    }
    seen.add(eventKey);
    candidates.push({ event, tenantId: event.tenantid, eventKey, occurredAt: event.time, occurredMs: Date.parse(event.time) });
  }
  return { candidates, invalid, duplicatesInChunk };
}

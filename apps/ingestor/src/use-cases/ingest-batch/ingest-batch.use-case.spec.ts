import { Registry } from 'prom-client';
import { createEventValidator } from '@vahti/contracts';
import { createPseudonymiser } from '@vahti/ingestion';
import type { ConsumedRecord, DeadLetter } from '@vahti/messaging';
import { DatabaseUnavailableError, type StoredEventRow } from '@vahti/persistence';
import { makeEvent } from '@vahti/testing';
import { IngestMetrics } from '../../ingest-metrics';
import { IngestBatchUseCase, type IngestPorts } from './ingest-batch.use-case';

const NOW = new Date('2025-03-03T12:00:00Z');
const settings = {
  validate: createEventValidator(),
  pseudonymise: createPseudonymiser('unit-test-pseudonymisation-key'),
  maxEventBytes: 65536,
  maxFutureSkewMs: 300000,
};

function record(value: string | null, offset: number): ConsumedRecord {
  return {
    topic: 't',
    partition: 0,
    offset: String(offset),
    key: null,
    value: value === null ? null : Buffer.from(value),
    timestamp: '0',
    headers: {},
  };
}

const event = (i: number) => JSON.stringify(makeEvent('io.vahti.contact.offered.v1', { id: `e-${i}`, time: '2025-03-03T11:00:00Z' }));

/** An in-memory event store with PostgreSQL's semantics: keys are unique, some rows can be refused. */
function fakeStore(refuse: (row: StoredEventRow) => boolean = () => false) {
  const keys = new Set<string>();
  const calls: number[] = [];
  return {
    keys,
    calls,
    append: (rows: readonly StoredEventRow[]) => {
      calls.push(rows.length);
      if (rows.some(refuse)) {
        return Promise.reject(Object.assign(new Error('invalid input syntax'), { code: '22P02' }));
      }
      const insertedByType = new Map<string, number>();
      for (const r of rows) {
        const key = `${r.tenantId}|${r.source}|${r.eventId}`;
        if (!keys.has(key)) {
          keys.add(key);
          insertedByType.set(r.type, (insertedByType.get(r.type) ?? 0) + 1);
        }
      }
      return Promise.resolve({ insertedByType });
    },
  };
}

function setup(store: ReturnType<typeof fakeStore>) {
  const letters: DeadLetter[] = [];
  const registry = new Registry();
  const ports: IngestPorts = {
    append: store.append,
    deadLetter: (l) => {
      letters.push(...l);
      return Promise.resolve();
    },
    metrics: new IngestMetrics(registry),
    clock: () => NOW,
  };
  return { useCase: new IngestBatchUseCase(ports, settings), letters, registry };
}

async function counter(registry: Registry, name: string): Promise<number> {
  const metric = await registry.getSingleMetric(name)?.get();
  return (metric?.values ?? []).reduce((s, v) => s + v.value, 0);
}

describe('IngestBatchUseCase', () => {
  it('stores valid events, counts repeats as duplicates and dead-letters the rest', async () => {
    const store = fakeStore();
    const { useCase, letters, registry } = setup(store);
    const summary = await useCase.execute([
      record(event(1), 0),
      record(event(2), 1),
      record(event(1), 2),
      record('nope', 3),
      record(null, 4),
    ]);
    expect(summary).toEqual({ stored: 2, duplicates: 1, deadLettered: 2, deadLetterReasons: { malformed_json: 1, missing_value: 1 } });
    expect(letters.map((l) => [l.record.offset, l.reason])).toEqual([
      ['3', 'malformed_json'],
      ['4', 'missing_value'],
    ]);
    expect(await counter(registry, 'vahti_ingestor_events_consumed_total')).toBe(5);
    expect(await counter(registry, 'vahti_ingestor_events_stored_total')).toBe(2);
    expect(await counter(registry, 'vahti_ingestor_events_duplicate_total')).toBe(1);
    expect(await counter(registry, 'vahti_ingestor_events_dead_lettered_total')).toBe(2);
  });

  it('isolates a row the database refuses, dead-letters it and stores all others', async () => {
    const store = fakeStore((row) => row.eventId === 'e-5');
    const { useCase, letters } = setup(store);
    const records = Array.from({ length: 8 }, (_, i) => record(event(i), i));
    const summary = await useCase.execute(records);
    expect(summary).toEqual({ stored: 7, duplicates: 0, deadLettered: 1, deadLetterReasons: { storage_rejected: 1 } });
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ reason: 'storage_rejected', eventType: 'io.vahti.contact.offered.v1' });
    expect(letters[0]!.record.offset).toBe('5');
    expect(letters[0]!.detail).toContain('invalid input syntax');
    expect(store.keys.size).toBe(7);
    // Halving finds one bad row among 8 in log2(8) + 1 levels, not 8 single-row writes.
    expect(store.calls.length).toBeLessThanOrEqual(7);
  });

  it('lets a database outage through untouched, with nothing dead-lettered', async () => {
    const { useCase, letters } = setup({
      ...fakeStore(),
      append: () => Promise.reject(new DatabaseUnavailableError(new Error('ECONNREFUSED'))),
    });
    await expect(useCase.execute([record(event(1), 0), record('bad', 1)])).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(letters).toEqual([]);
  });
});

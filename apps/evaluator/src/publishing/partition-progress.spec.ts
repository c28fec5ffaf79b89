import { isEvaluatorProgressEvent, type EvaluatorProgressEvent } from '@vahti/contracts';
import { PartitionProgress } from './partition-progress';

const T = Date.parse('2026-03-04T09:00:00Z');
const parse = (value: string): EvaluatorProgressEvent => JSON.parse(value) as EvaluatorProgressEvent;

describe('PartitionProgress', () => {
  it('reports each partition that moved once, with its newest event time, tenants and whether it is caught up', () => {
    const progress = new PartitionProgress('cc.events', '/vahti/evaluator/a');
    progress.applied(0, [
      { occurredMs: T + 5_000, tenantId: 'acme' },
      { occurredMs: T + 2_000, tenantId: 'fabrikam' },
    ]);
    progress.applied(1, [{ occurredMs: T - 3_600_000, tenantId: 'acme' }]);
    expect(progress.lag(1, 0)).toBe(true);
    expect(progress.lag(1, 0)).toBe(false);
    const { records } = progress.take(T + 10_000);
    const events = records.map((r) => parse(r.value));
    expect(events.every(isEvaluatorProgressEvent)).toBe(true);
    expect(records.map((r) => r.key)).toEqual(['progress/0', 'progress/1']);
    expect(events.map((e) => e.data)).toEqual([
      { topic: 'cc.events', partition: 0, appliedUntil: '2026-03-04T09:00:05.000Z', caughtUp: false, tenants: ['acme', 'fabrikam'] },
      { topic: 'cc.events', partition: 1, appliedUntil: '2026-03-04T08:00:00.000Z', caughtUp: true, tenants: ['acme'] },
    ]);
    // Nothing moved since: nothing to report.
    expect(progress.hasChanges).toBe(false);
    expect(progress.take(T + 20_000).records).toEqual([]);
  });

  it('puts back what a failed publication took, and forgets everything on a rebalance', () => {
    const progress = new PartitionProgress('cc.events', '/vahti/evaluator/a');
    progress.applied(3, [{ occurredMs: T, tenantId: 'acme' }]);
    const taken = progress.take(T);
    progress.restore(taken.partitions);
    expect(progress.take(T).records.map((r) => r.key)).toEqual(['progress/3']);
    progress.applied(3, [{ occurredMs: T, tenantId: 'acme' }]);
    progress.reset();
    expect(progress.hasChanges).toBe(false);
    // A partition with nothing applied yet is not reported, even when its lag is known.
    progress.lag(2, 0);
    expect(progress.take(T).records).toEqual([]);
  });
});

import { MAX_WAIT_MS } from '@vahti/degradation';
import { PROGRESS_TTL_MS, RESTART_GRACE_MS, ReviewProgressBook } from './review-progress-book';

const Q = 15 * 60_000;
const T = Date.parse('2026-03-02T10:00:00Z');

describe('ReviewProgressBook', () => {
  it('reviews a restored tenant by the clock even if its stream never speaks again, once silent for the grace after the restart', () => {
    const book = new ReviewProgressBook();
    const restart = T + 3 * Q + MAX_WAIT_MS; // reviewed 10:00, the stream had shown 10:15
    book.restored('acme', T, T + Q, restart);
    expect(book.unloaded()).toEqual([]);
    expect(book.due(restart + RESTART_GRACE_MS - 1)).toEqual([]); // the consumer may not have delivered anything yet
    expect(book.due(restart + RESTART_GRACE_MS)).toEqual([{ tenantId: 'acme', intervals: [T + Q, T + 2 * Q] }]);
  });

  it('does not jump a restored tenant to the wall clock before the stream has been read (a backlog months old)', () => {
    const book = new ReviewProgressBook();
    const now = T + 200 * 86_400_000;
    book.restored('acme', T, T + Q, now);
    expect(book.due(now)).toEqual([]);
    book.seen('acme', T + 8 * Q, now + 1000);
    expect(book.due(now + 1000)).toEqual([{ tenantId: 'acme', intervals: [T + Q, T + 2 * Q, T + 3 * Q, T + 4 * Q, T + 5 * Q, T + 6 * Q] }]);
  });

  it('keeps the restored review when the stream speaks, and moves the watermark', () => {
    const book = new ReviewProgressBook();
    book.restored('acme', T, T + Q, T + 2 * Q);
    book.seen('acme', T + 3 * Q, T + 3 * Q);
    expect(book.watermarkOf('acme', T + 3 * Q)).toBe(T + 3 * Q);
    expect(book.unloaded()).toEqual([]);
    // The stream is an interval past 10:15, which is due at once; 10:30 waits for its settling time.
    expect(book.due(T + 3 * Q)).toEqual([{ tenantId: 'acme', intervals: [T + Q] }]);
  });

  it('does not let a restored row overwrite what the stream already said', () => {
    const book = new ReviewProgressBook();
    book.seen('acme', T + 5 * Q, T);
    book.restored('acme', T, T + Q, T);
    expect(book.watermarkOf('acme', T)).toBe(T + 5 * Q);
    expect(book.unloaded()).toEqual(['acme']);
  });

  it('holds a tenant back to the slowest partition that carries it while that partition catches up', () => {
    const book = new ReviewProgressBook();
    book.restored('acme', T, T + Q, T + 8 * Q);
    // Partition 0 has reached 12:00 (its KPI messages moved the watermark there); partition 1, which
    // holds some of acme's queues, is still at 10:20.
    book.seen('acme', T + 8 * Q, T + 8 * Q);
    const report = { topic: 'cc.events', appliedUntil: T + 8 * Q + 60_000, caughtUp: false, tenants: ['acme', 'fabrikam'] };
    book.reported({ ...report, partition: 0 }, T + 8 * Q);
    book.reported({ ...report, partition: 1, appliedUntil: T + Q + 5 * 60_000 }, T + 8 * Q);
    expect(book.watermarkOf('acme', T + 8 * Q)).toBe(T + Q);
    // 10:15 is not due: the stream has not moved an interval past it on partition 1.
    expect(book.due(T + 8 * Q)).toEqual([]);
    // A tenant partition 1 does not carry is not held back.
    book.seen('globex', T + 8 * Q, T + 8 * Q);
    expect(book.watermarkOf('globex', T + 8 * Q)).toBe(T + 8 * Q);
    // Partition 1 moves on to 11:05 and later catches up: acme follows.
    book.reported({ ...report, partition: 1, appliedUntil: T + 4 * Q + 5 * 60_000 }, T + 8 * Q + 1);
    expect(book.watermarkOf('acme', T + 8 * Q + 1)).toBe(T + 4 * Q);
    expect(book.due(T + 8 * Q + 1)).toEqual([{ tenantId: 'acme', intervals: [T + Q, T + 2 * Q] }]);
    book.reported({ ...report, partition: 1, appliedUntil: T + 4 * Q + 5 * 60_000, caughtUp: true }, T + 8 * Q + 2);
    expect(book.watermarkOf('acme', T + 8 * Q + 2)).toBe(T + 8 * Q);
  });

  it('stops trusting a lagging partition whose reports stopped (its evaluator is gone)', () => {
    const book = new ReviewProgressBook();
    book.seen('acme', T + 8 * Q, T);
    book.reported({ topic: 'cc.events', partition: 1, appliedUntil: T, caughtUp: false, tenants: ['acme'] }, T);
    expect(book.watermarkOf('acme', T + PROGRESS_TTL_MS - 1)).toBe(T);
    expect(book.watermarkOf('acme', T + PROGRESS_TTL_MS)).toBe(T + 8 * Q);
  });
});

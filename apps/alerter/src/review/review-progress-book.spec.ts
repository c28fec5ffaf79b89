import { MAX_WAIT_MS } from '@vahti/degradation';
import { ReviewProgressBook } from './review-progress-book';

const Q = 15 * 60_000;
const T = Date.parse('2026-03-02T10:00:00Z');

describe('ReviewProgressBook', () => {
  it('reviews a restored tenant by the clock even if its stream never speaks again', () => {
    const book = new ReviewProgressBook();
    book.restored('acme', T, T + Q); // reviewed 10:00, the stream had shown 10:15 before the restart
    expect(book.unloaded()).toEqual([]);
    expect(book.due(T + 2 * Q + MAX_WAIT_MS - 1)).toEqual([]); // 10:15 ends at 10:30: not yet quiet long enough
    expect(book.due(T + 3 * Q + MAX_WAIT_MS)).toEqual([{ tenantId: 'acme', intervals: [T + Q, T + 2 * Q] }]);
  });

  it('keeps the restored review when the stream speaks, and moves the watermark', () => {
    const book = new ReviewProgressBook();
    book.restored('acme', T, T + Q);
    book.seen('acme', T + 3 * Q, T + 3 * Q);
    expect(book.watermarkOf('acme')).toBe(T + 3 * Q);
    expect(book.unloaded()).toEqual([]);
    // The stream is an interval past 10:15, which is due at once; 10:30 waits for its settling time.
    expect(book.due(T + 3 * Q)).toEqual([{ tenantId: 'acme', intervals: [T + Q] }]);
  });

  it('does not let a restored row overwrite what the stream already said', () => {
    const book = new ReviewProgressBook();
    book.seen('acme', T + 5 * Q, T);
    book.restored('acme', T, T + Q);
    expect(book.watermarkOf('acme')).toBe(T + 5 * Q);
    expect(book.unloaded()).toEqual(['acme']);
  });
});

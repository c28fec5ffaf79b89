// Pure logic over an in-memory stand-in of the read repository (the real one is exercised by the
// evaluator integration tests): the cache must never serve a day whose stamp moved.
import { DAY_MS, kpiInputOf } from '@vahti/kpi';
import type { CounterSum, CounterSumQuery, KpiReadRepository, StoredSketch } from '@vahti/persistence';
import { DaySumsCache } from './day-sums-cache';

const DAY0 = Date.UTC(2026, 2, 2);

class StoredDays {
  readonly days = new Map<number, { version: number; handled: number }>();
  dayReads = 0;

  write(day: number, handled: number): void {
    const current = this.days.get(day);
    this.days.set(day, { version: (current?.version ?? 0) + 1, handled: (current?.handled ?? 0) + handled });
  }

  asRepository(): KpiReadRepository {
    const inRange = (from: number, to: number) => [...this.days].filter(([d]) => d >= from && d < to);
    return {
      dayVersions: (_tenant: string, from: number, to: number) =>
        Promise.resolve(new Map(inRange(from, to).map(([d, v]) => [d, `${v.version}/1`]))),
      sumCounters: (q: CounterSumQuery): Promise<CounterSum[]> => {
        const rows = inRange(q.from, q.to);
        this.dayReads += rows.length;
        return Promise.resolve(
          rows.map(([d, v]) => ({
            periodStart: d,
            channel: 'voice',
            dimension: 'all',
            dimensionValue: '',
            counters: { handled: v.handled },
          })),
        );
      },
      waitSketches: (): Promise<StoredSketch[]> => Promise.resolve([]),
    } as unknown as KpiReadRepository;
  }
}

const handledOf = async (cache: DaySumsCache, days: number): Promise<number> =>
  (await cache.window({ tenantId: 't', from: DAY0, to: DAY0 + days * DAY_MS, dimensions: ['all'] })).input().total.counters.handled;

describe('DaySumsCache', () => {
  it('sums the days of a window and re-reads only the days whose stamp moved', async () => {
    const stored = new StoredDays();
    for (let d = 0; d < 30; d += 1) {
      stored.write(DAY0 + d * DAY_MS, d + 1);
    }
    const cache = new DaySumsCache(stored.asRepository(), 1000);
    expect(await handledOf(cache, 30)).toBe(465);
    expect(stored.dayReads).toBe(30);

    stored.write(DAY0 + 29 * DAY_MS, 10); // today moves
    expect(await handledOf(cache, 30)).toBe(475);
    expect(stored.dayReads).toBe(31);

    stored.write(DAY0 + 3 * DAY_MS, 100); // a late event for an older day
    expect(await handledOf(cache, 30)).toBe(575);
    expect(stored.dayReads).toBe(32);

    expect(await handledOf(cache, 30)).toBe(575);
    expect(stored.dayReads).toBe(32);
  });

  it('reads every day every time when the cache is off', async () => {
    const stored = new StoredDays();
    stored.write(DAY0, 5);
    stored.write(DAY0 + DAY_MS, 7);
    const cache = new DaySumsCache(stored.asRepository(), 0);
    expect(await handledOf(cache, 2)).toBe(12);
    expect(await handledOf(cache, 2)).toBe(12);
    expect(stored.dayReads).toBe(4);
  });

  it('gives nothing for a window without data', async () => {
    const cache = new DaySumsCache(new StoredDays().asRepository(), 10);
    const inputs = await cache.window({ tenantId: 't', from: DAY0, to: DAY0 + DAY_MS, dimensions: ['all'] });
    expect(inputs.input()).toEqual(kpiInputOf([]));
    expect(inputs.channel()).toBeUndefined();
  });
});

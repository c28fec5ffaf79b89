import { EventStoreWait, eventStoreBehind } from './event-store-wait';

const END = Date.parse('2026-03-05T10:15:00Z');
const MIN = 60_000;
const behind = (newestStoredAt: number | null, intervalEnd = END) => ({ newestStoredAt, intervalEnd, watermark: intervalEnd + 15 * MIN });

describe('eventStoreBehind', () => {
  it('is behind while the KPI stream has gone past the interval and the store has nothing that late', () => {
    expect(eventStoreBehind(behind(END - 40 * MIN))).toBe(true);
    expect(eventStoreBehind({ newestStoredAt: null, intervalEnd: END, watermark: END })).toBe(true);
  });

  it('has caught up once the store holds an event at or after the interval end', () => {
    expect(eventStoreBehind({ newestStoredAt: END, intervalEnd: END, watermark: END + 60 * MIN })).toBe(false);
  });

  it('is not behind when the KPI stream has not gone past the interval either (a silent source is still checked)', () => {
    expect(eventStoreBehind({ newestStoredAt: END - 90 * MIN, intervalEnd: END, watermark: END - 15 * MIN })).toBe(false);
    expect(eventStoreBehind({ newestStoredAt: null, intervalEnd: END, watermark: null })).toBe(false);
  });
});

describe('EventStoreWait', () => {
  it('waits for the store up to the limit, and is ready as soon as it has caught up', () => {
    const wait = new EventStoreWait(120_000);
    expect(wait.readiness('t', behind(END - 40 * MIN), 0)).toBe('wait');
    expect(wait.readiness('t', behind(END - 30 * MIN), 60_000)).toBe('wait');
    expect(wait.readiness('t', behind(END + MIN), 70_000)).toBe('ready');
  });

  it('goes ahead after the limit, for the next intervals too, until the store has caught up once', () => {
    const wait = new EventStoreWait(120_000);
    expect(wait.readiness('t', behind(END - 40 * MIN), 0)).toBe('wait');
    // A store that moves but stays behind does not hold the reviews back past the limit.
    expect(wait.readiness('t', behind(END - 20 * MIN), 119_999)).toBe('wait');
    expect(wait.readiness('t', behind(END - 10 * MIN), 120_000)).toBe('waited');
    expect(wait.readiness('t', behind(END - 5 * MIN, END + 15 * MIN), 121_000)).toBe('waited');
    expect(wait.readiness('t', behind(END + 20 * MIN, END + 15 * MIN), 122_000)).toBe('ready');
    // Caught up once, a later lag is waited for again.
    expect(wait.readiness('t', behind(END + 20 * MIN, END + 30 * MIN), 123_000)).toBe('wait');
  });

  it('keeps tenants apart, and a limit of 0 never waits', () => {
    const wait = new EventStoreWait(120_000);
    expect(wait.readiness('a', behind(null), 0)).toBe('wait');
    expect(wait.readiness('b', behind(END + MIN), 200_000)).toBe('ready');
    expect(wait.readiness('a', behind(null), 200_000)).toBe('waited');
    expect(new EventStoreWait(0).readiness('a', behind(null), 0)).toBe('waited');
  });
});

import { WakeableSleep } from './wakeable-sleep';

describe('wakeable sleep', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('ends at its timeout', async () => {
    const sleeper = new WakeableSleep();
    let done = false;
    const sleeping = sleeper.sleep(1000).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toBe(true);
  });

  it('ends early on wake()', async () => {
    const sleeper = new WakeableSleep();
    let done = false;
    const sleeping = sleeper.sleep(60_000).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(10);
    sleeper.wake();
    await sleeping;
    expect(done).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('remembers a wake() that came while awake: the next sleep returns at once, the one after does not', async () => {
    const sleeper = new WakeableSleep();
    sleeper.wake();
    sleeper.wake();
    await sleeper.sleep(60_000);
    let done = false;
    void sleeper.sleep(60_000).then(() => (done = true));
    await jest.advanceTimersByTimeAsync(59_000);
    expect(done).toBe(false);
    sleeper.wake();
    await jest.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });
});

import { Pacer } from './pacer';

describe('Pacer', () => {
  it('sends everything at once without a speed', () => {
    const pacer = new Pacer(undefined, () => 0);
    expect(pacer.delayFor(0)).toBe(0);
    expect(pacer.delayFor(86_400_000)).toBe(0);
  });

  it('holds an event until its simulated offset from the first event, divided by the speed, has passed', () => {
    let now = 1_000;
    const pacer = new Pacer(60, () => now);
    const first = Date.UTC(2026, 2, 2, 6);
    expect(pacer.delayFor(first)).toBe(0);
    // One simulated hour later is due one real minute after the first event.
    expect(pacer.delayFor(first + 3_600_000)).toBe(60_000);
    now += 59_999;
    expect(pacer.delayFor(first + 3_600_000)).toBe(1);
    now += 1;
    expect(pacer.delayFor(first + 3_600_000)).toBe(0);
    // Events already late are due at once.
    expect(pacer.delayFor(first + 1_000)).toBe(0);
  });
});

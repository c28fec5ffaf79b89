import { seededRandom } from '../random/seeded-random';
import { DiscreteEventEngine } from './discrete-event-engine';

describe('DiscreteEventEngine', () => {
  it('fires events in time order and advances the clock to each', () => {
    const engine = new DiscreteEventEngine();
    const fired: Array<[string, number]> = [];
    for (const [name, time] of [
      ['c', 30],
      ['a', 10],
      ['b', 20],
    ] as const) {
      engine.schedule(time, () => fired.push([name, engine.now]));
    }
    engine.runUntilIdle();
    expect(fired).toEqual([
      ['a', 10],
      ['b', 20],
      ['c', 30],
    ]);
    expect(engine.firedEvents).toBe(3);
  });

  it('breaks ties by scheduling order, so simultaneous events are deterministic', () => {
    const engine = new DiscreteEventEngine();
    const fired: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      engine.schedule(5, () => fired.push(i));
    }
    engine.runUntilIdle();
    expect(fired).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('lets an action schedule more events, including at the current time (after the queued ones)', () => {
    const engine = new DiscreteEventEngine();
    const fired: string[] = [];
    engine.schedule(1, () => {
      fired.push('first');
      engine.scheduleAfter(0, () => fired.push('same-time child'));
      engine.scheduleAfter(2, () => fired.push(`later at ${engine.now}`));
    });
    engine.schedule(1, () => fired.push('sibling'));
    engine.runUntilIdle();
    expect(fired).toEqual(['first', 'sibling', 'same-time child', 'later at 3']);
  });

  it('cancels a pending event once, and not one that already fired', () => {
    const engine = new DiscreteEventEngine();
    const fired: string[] = [];
    const keep = engine.schedule(1, () => fired.push('kept'));
    const drop = engine.schedule(2, () => fired.push('dropped'));
    expect(engine.pendingEvents).toBe(2);
    expect(engine.cancel(drop)).toBe(true);
    expect(engine.cancel(drop)).toBe(false);
    expect(engine.pendingEvents).toBe(1);
    engine.runUntilIdle();
    expect(engine.cancel(keep)).toBe(false);
    expect(fired).toEqual(['kept']);
    expect(engine.pendingEvents).toBe(0);
  });

  it('runUntil fires events due at the end time, keeps later ones, and leaves the clock at the end', () => {
    const engine = new DiscreteEventEngine();
    const fired: number[] = [];
    for (const time of [5, 10, 15]) {
      engine.schedule(time, () => fired.push(time));
    }
    engine.runUntil(10);
    expect(fired).toEqual([5, 10]);
    expect(engine.now).toBe(10);
    expect(engine.pendingEvents).toBe(1);
    expect(() => engine.runUntil(9)).toThrow(RangeError);
  });

  it('reports the time of the next live event, skipping cancelled ones', () => {
    const engine = new DiscreteEventEngine();
    expect(engine.nextEventTime()).toBeUndefined();
    const first = engine.schedule(5, () => undefined);
    engine.schedule(8, () => undefined);
    expect(engine.nextEventTime()).toBe(5);
    engine.cancel(first);
    expect(engine.nextEventTime()).toBe(8);
    expect(engine.pendingEvents).toBe(1);
    engine.runUntilIdle();
    expect(engine.nextEventTime()).toBeUndefined();
  });

  it('refuses to schedule in the past or at a non-finite time', () => {
    const engine = new DiscreteEventEngine(100);
    expect(() => engine.schedule(99, () => undefined)).toThrow(RangeError);
    expect(() => engine.schedule(Number.NaN, () => undefined)).toThrow(RangeError);
    expect(() => engine.schedule(Infinity, () => undefined)).toThrow(RangeError);
    expect(() => new DiscreteEventEngine(Number.NaN)).toThrow(RangeError);
  });

  it('matches a sorted reference under random scheduling and mass cancellation (heap compaction)', () => {
    const random = seededRandom(5);
    const engine = new DiscreteEventEngine();
    const expected: Array<{ time: number; id: number }> = [];
    const fired: number[] = [];
    const handles = [];
    for (let id = 0; id < 20_000; id += 1) {
      // Coarse times so that many ties occur.
      const time = Math.floor(random.next() * 500);
      handles.push({ id, time, handle: engine.schedule(time, () => fired.push(id)) });
    }
    for (const { id, time, handle } of handles) {
      if (random.next() < 0.8) {
        engine.cancel(handle);
      } else {
        expected.push({ time, id });
      }
    }
    expect(engine.pendingEvents).toBe(expected.length);
    engine.runUntilIdle();
    expected.sort((a, b) => a.time - b.time || a.id - b.id);
    expect(fired).toEqual(expected.map((e) => e.id));
  });
});

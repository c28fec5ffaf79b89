// The discrete-event core: a clock in seconds and a list of future events. Time jumps from one
// event to the next; nothing here knows about contacts, agents or wall-clock time.
import { EventQueue } from './event-queue';
import { ScheduledEvent, type EventAction, type EventHandle } from './scheduled-event';

// Cancelled events stay in the heap until they surface (cheap cancel); once they are the majority
// of a large heap, one O(n) rebuild drops them so memory stays proportional to live events.
const COMPACT_FROM = 4096;
// Bound once at module level: inside jest's vm sandbox every global lookup (here Infinity) costs
// ~100 ns (jestjs/jest#5163, nodejs/node#31658), which made the long queueing tests 10× slower.
const NO_LIMIT = Number.POSITIVE_INFINITY;

export class DiscreteEventEngine {
  private readonly queue = new EventQueue();
  private clock: number;
  private nextSequence = 0;
  private cancelledInQueue = 0;
  private fired = 0;

  constructor(startTime = 0) {
    assertTime(startTime, 'start time');
    this.clock = startTime;
  }

  /** Simulated time in seconds. */
  get now(): number {
    return this.clock;
  }

  /** Events fired so far. */
  get firedEvents(): number {
    return this.fired;
  }

  /** Events scheduled and neither fired nor cancelled. */
  get pendingEvents(): number {
    return this.queue.size - this.cancelledInQueue;
  }

  /** Schedules `action` at absolute time `time` (not before now); returns a handle to cancel it. */
  schedule(time: number, action: EventAction): EventHandle {
    if (!(time >= this.clock && time < NO_LIMIT)) {
      throw new RangeError(`cannot schedule at ${time}: the clock is at ${this.clock}, and times must be finite`);
    }
    const event = new ScheduledEvent(time, this.nextSequence++, action);
    this.queue.push(event);
    return event;
  }

  /** Schedules `action` `delay` seconds from now. */
  scheduleAfter(delay: number, action: EventAction): EventHandle {
    return this.schedule(this.clock + delay, action);
  }

  /** Cancels a scheduled event; false when it has already fired or been cancelled. */
  cancel(handle: EventHandle): boolean {
    const event = handle as ScheduledEvent;
    if (event.action === null) {
      return false;
    }
    event.action = null;
    this.cancelledInQueue += 1;
    if (this.cancelledInQueue >= COMPACT_FROM && 2 * this.cancelledInQueue > this.queue.size) {
      this.queue.retain((e) => e.action !== null);
      this.cancelledInQueue = 0;
    }
    return true;
  }

  /**
   * Time of the next live event, or undefined when nothing is pending. Cancelled entries at the head
   * are dropped first, so several engines can be interleaved in time order by always stepping the
   * one whose next event is earliest.
   */
  nextEventTime(): number | undefined {
    for (;;) {
      const next = this.queue.peek();
      if (next === undefined || next.action !== null) {
        return next?.time;
      }
      this.queue.pop();
      this.cancelledInQueue -= 1;
    }
  }

  /** Fires the next event, if any; false when nothing is pending. */
  step(): boolean {
    return this.fireNext(NO_LIMIT);
  }

  /** Fires every event due at or before `endTime`, then leaves the clock at `endTime`. */
  runUntil(endTime: number): void {
    assertTime(endTime, 'end time');
    if (endTime < this.clock) {
      throw new RangeError(`cannot run until ${endTime}: the clock is already at ${this.clock}`);
    }
    while (this.fireNext(endTime)) {
      // each call fires one event
    }
    this.clock = endTime;
  }

  /** Fires events until none is pending; the clock stays at the last one fired. */
  runUntilIdle(): void {
    while (this.fireNext(NO_LIMIT)) {
      // each call fires one event
    }
  }

  // Pops cancelled entries on the way; fires the first live event due by `limit`.
  private fireNext(limit: number): boolean {
    for (;;) {
      const next = this.queue.peek();
      if (next === undefined || next.time > limit) {
        return false;
      }
      this.queue.pop();
      const action = next.action;
      if (action === null) {
        this.cancelledInQueue -= 1;
        continue;
      }
      next.action = null;
      this.clock = next.time;
      this.fired += 1;
      action();
      return true;
    }
  }
}

function assertTime(time: number, name: string): void {
  if (!Number.isFinite(time)) {
    throw new RangeError(`${name} must be a finite number of seconds, got ${time}`);
  }
}

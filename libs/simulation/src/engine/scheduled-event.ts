/** What happens when an event fires; it reads the time from the engine that runs it. */
export type EventAction = () => void;

/**
 * One entry of the event list. Events are ordered by time and then by the sequence number they
 * were scheduled with, so simultaneous events fire in scheduling order on every run. A class
 * rather than an object literal so that every event has the same hidden shape, which keeps the
 * heap's comparisons monomorphic and fast.
 */
export class ScheduledEvent {
  constructor(
    readonly time: number,
    readonly sequence: number,
    /** Null once the event has fired or been cancelled. */
    public action: EventAction | null,
  ) {}
}

/** The caller's handle on a scheduled event: enough to cancel it, nothing to disturb the order. */
export type EventHandle = Pick<ScheduledEvent, 'time'>;

/** True when `a` must fire before `b`. */
export function firesBefore(a: ScheduledEvent, b: ScheduledEvent): boolean {
  return a.time < b.time || (a.time === b.time && a.sequence < b.sequence);
}

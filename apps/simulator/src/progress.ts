// Progress lines on stderr for long runs. The simulation itself runs synchronously, so no timer can
// fire during it: `tick` checks the clock every few thousand events. The Kafka phase is
// asynchronous and may sleep for a long time when paced, so it calls `report` from a timer too.

const CHECK_EVERY = 4096;

/** Prints "<phase>: simulated time reached, events so far, events/s" at most every `intervalMs`. */
export class Progress {
  private readonly started = Date.now();
  private lastReport = this.started;
  private count = 0;
  private lastTime = '';

  constructor(
    private readonly phase: string,
    private readonly write: (line: string) => void,
    private readonly intervalMs = 2000,
  ) {}

  /** Counts one event at RFC 3339 `time`; prints when the interval has passed. */
  tick(time: string): void {
    this.count += 1;
    this.lastTime = time;
    if (this.count % CHECK_EVERY === 0) {
      this.report();
    }
  }

  /** Prints a line if the interval has passed and there is something to say. */
  report(): void {
    const now = Date.now();
    if (this.count === 0 || now - this.lastReport < this.intervalMs) {
      return;
    }
    this.lastReport = now;
    const rate = Math.round(this.count / ((now - this.started) / 1000));
    const reached = this.lastTime.slice(0, 16).replace('T', ' ');
    this.write(
      `${this.phase}: reached ${reached} UTC, ${this.count.toLocaleString('en-US')} events, ${rate.toLocaleString('en-US')} events/s\n`,
    );
  }
}

// Wall-clock pacing: an event is due when (its simulated time - the first event's) / speed has
// passed since the first event was due. Without a speed everything is due at once.

/** Decides when an event may be sent. */
export class Pacer {
  private originSimMs: number | undefined;
  private originWallMs = 0;

  constructor(
    private readonly speed: number | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  get paced(): boolean {
    return this.speed !== undefined;
  }

  /** Milliseconds to wait before an event at epoch `simMs` is due (0 when due now). */
  delayFor(simMs: number): number {
    if (this.speed === undefined) {
      return 0;
    }
    if (this.originSimMs === undefined) {
      this.originSimMs = simMs;
      this.originWallMs = this.now();
    }
    const due = this.originWallMs + (simMs - this.originSimMs) / this.speed;
    return Math.max(0, Math.ceil(due - this.now()));
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

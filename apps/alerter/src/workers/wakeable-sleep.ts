// A sleep that can be cut short. The alerter's loops sleep until their next due time but must react
// at once to a change (a signal enqueued a notification); a wake that arrives while the loop is busy
// is remembered, so the next sleep returns at once and no change is missed between two rounds.

/** Sleeps until a timeout or a wake(), whichever comes first. */
export class WakeableSleep {
  private wakeUp: (() => void) | null = null;
  private woken = false;

  /** Resolves after `ms`, or earlier on wake(); at once if a wake() came since the last sleep. */
  sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.wakeUp = done;
    });
  }

  /** Ends the current sleep, or the next one if none is in progress. */
  wake(): void {
    if (this.wakeUp === null) {
      this.woken = true;
    } else {
      this.wakeUp();
    }
  }
}

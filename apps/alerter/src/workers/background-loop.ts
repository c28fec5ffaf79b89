// The shape both alerter loops share: run a round, sleep until the round says (or a wake), back off
// on failure (PostgreSQL down: 1 s doubling to 30 s), and stop cleanly at shutdown after the round
// in hand. Started from onApplicationBootstrap, never from a constructor.
import type { WakeableSleep } from './wakeable-sleep';

export interface LoopHooks {
  /** One round; resolves with how long to sleep before the next (0 = go on at once). */
  round(): Promise<number>;
  onError(error: unknown, failures: number): void;
}

const MAX_BACKOFF_MS = 30000;

/** A round-sleep loop with back-off and a clean stop. */
export class BackgroundLoop {
  private running = false;
  private done: Promise<void> | null = null;

  constructor(
    private readonly sleeper: WakeableSleep,
    private readonly hooks: LoopHooks,
  ) {}

  /** Starts the loop (once). */
  start(): void {
    if (this.done !== null) {
      return;
    }
    this.running = true;
    this.done = this.run();
  }

  /** Stops after the round in hand; resolves when it has ended. */
  async stop(): Promise<void> {
    this.running = false;
    this.sleeper.wake();
    await this.done;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let pause: number;
      try {
        pause = await this.hooks.round();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.hooks.onError(error, failures);
        pause = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (failures - 1));
      }
      if (this.running && pause > 0) {
        await this.sleeper.sleep(pause);
      }
    }
  }
}

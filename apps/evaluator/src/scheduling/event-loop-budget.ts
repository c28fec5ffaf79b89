/**
 * A budget of synchronous work between two hand-backs of the event loop. The evaluator applies
 * events and serves the REST API on one event loop: while it catches up, decoding a 20,000-record
 * chunk or publishing hundreds of periods held it for one to two seconds on the 2-core machine, and
 * every request (and /health) waited that long. Long loops check `spent` per item (cheap, no
 * await) and, once it is, `await yield()` (setImmediate), so pending I/O runs, then go on.
 */
export class EventLoopBudget {
  private since = performance.now();

  constructor(private readonly budgetMs = 20) {}

  /** Whether `budgetMs` of work has passed since the last yield (or since this budget was made). */
  get spent(): boolean {
    return performance.now() - this.since >= this.budgetMs;
  }

  /** Lets the event loop run what is pending, then renews the budget. */
  async yield(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.since = performance.now();
  }
}

import { EventLoopBudget } from './event-loop-budget';

// 60 ms of synchronous work in 1 ms steps, checking the budget between steps.
async function busyLoop(budget: EventLoopBudget | null, onStep: (step: number) => void): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    const until = performance.now() + 1;
    while (performance.now() < until) {
      // busy
    }
    onStep(step);
    if (budget?.spent) {
      await budget.yield();
    }
  }
}

describe('EventLoopBudget', () => {
  it('lets pending callbacks run once its budget is spent, not only after the loop', async () => {
    let step = -1;
    let ranAtStep: number | null = null;
    let ranAfterMs = 0;
    const started = performance.now();
    setImmediate(() => {
      ranAtStep = step;
      ranAfterMs = performance.now() - started;
    });
    await busyLoop(new EventLoopBudget(10), (s) => {
      step = s;
    });
    expect(ranAtStep).not.toBeNull();
    // Each step takes at least 1 ms, so the 10 ms are spent by step 9 at the latest (sooner when
    // the process was descheduled), and never before 10 ms have passed.
    expect(ranAtStep as unknown as number).toBeLessThanOrEqual(9);
    expect(ranAfterMs).toBeGreaterThanOrEqual(10);
  });

  it('without it, the same loop holds the callback back until it is done', async () => {
    let step = -1;
    let ranAtStep: number | null = null;
    setImmediate(() => {
      ranAtStep = step;
    });
    await busyLoop(null, (s) => {
      step = s;
    });
    expect(ranAtStep).toBeNull();
    await new Promise((resolve) => setImmediate(resolve));
    expect(ranAtStep).toBe(59);
  });

  it('is not spent right after it was made or renewed', async () => {
    const budget = new EventLoopBudget(50);
    expect(budget.spent).toBe(false);
    await budget.yield();
    expect(budget.spent).toBe(false);
  });
});

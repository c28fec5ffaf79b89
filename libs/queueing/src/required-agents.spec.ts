import { erlangCMetrics } from './erlang-c';
import { requiredAgents } from './required-agents';

describe('requiredAgents', () => {
  it('is the fewest agents meeting the service-level target under Erlang C', () => {
    // 100 calls an hour of 180 s = 5 Erlangs; 80/20 needs 8 agents (the textbook example).
    const rate = 100 / 3600;
    const n = requiredAgents(rate, 180, 20, 0.8);
    expect(n).toBe(8);
    const sl = (agents: number) =>
      erlangCMetrics({ arrivalRate: rate, meanServiceTime: 180, agents, serviceLevelThreshold: 20 }).serviceLevel;
    expect(sl(n)).toBeGreaterThanOrEqual(0.8);
    expect(sl(n - 1)).toBeLessThan(0.8);
  });

  it('needs none without traffic and more for a stricter target', () => {
    expect(requiredAgents(0, 180, 20, 0.8)).toBe(0);
    expect(requiredAgents(1, 180, 20, 0.95)).toBeGreaterThan(requiredAgents(1, 180, 20, 0.8));
  });
});

// Consistency across agents and teams, hand-computed on member counters.
import { emptyCounters, emptyAggregate, kpiDefinition, type KpiCounters, type KpiInput } from '@vahti/kpi';

const member = (handled: number, ahtSeconds: number, resolved: number, qa: number[] = []): KpiCounters => ({
  ...emptyCounters(),
  handled,
  talkSeconds: handled * ahtSeconds,
  resolvedReported: resolved,
  qaEvaluations: qa.length,
  qaScoreSum: qa.reduce((s, v) => s + v, 0),
});

const value = (kpi: string, input: KpiInput): number | null => kpiDefinition(kpi)?.compute(input)?.value ?? null;

describe('consistency KPIs', () => {
  // AHTs 200, 300, 400 s among agents with ≥ 20 contacts; the 5-contact agent is left out.
  const agents = [
    member(20, 200, 10, [70, 80, 90]),
    member(40, 300, 30, [80, 80, 80]),
    member(30, 400, 27, [90, 90, 90]),
    member(5, 5000, 0),
  ];
  const input: KpiInput = { total: emptyAggregate(), agents, teams: [member(60, 250, 40), member(30, 400, 27)] };

  it('AHT spread across agents = population sd / mean of 200, 300, 400 = 81.65 / 300', () => {
    expect(value('aht_spread_agents', input)).toBeCloseTo(Math.sqrt(20000 / 3) / 300, 10);
  });

  it('resolution spread = sd of 0.5, 0.75, 0.9', () => {
    const mean = (0.5 + 0.75 + 0.9) / 3;
    const sd = Math.sqrt(((0.5 - mean) ** 2 + (0.75 - mean) ** 2 + (0.9 - mean) ** 2) / 3);
    expect(value('resolution_spread_agents', input)).toBeCloseTo(sd, 10);
  });

  it('QA spread = sd / mean of agent means 80, 80, 90', () => {
    const mean = 250 / 3;
    const sd = Math.sqrt(((80 - mean) ** 2 * 2 + (90 - mean) ** 2) / 3);
    expect(value('qa_spread_agents', input)).toBeCloseTo(sd / mean, 10);
  });

  it('AHT spread across teams = |250 − 400| / 2 / 325', () => {
    expect(value('aht_spread_teams', input)).toBeCloseTo(75 / 325, 10);
  });

  it('needs at least two qualifying members', () => {
    expect(value('aht_spread_agents', { ...input, agents: [member(50, 300, 20)] })).toBeNull();
  });
});

import {
  benchmarkChannel,
  buildScorecard,
  windowInputs,
  emptyAggregate,
  seriesKpis,
  TENANT_TOTAL,
  yardstickOf,
  type KpiCounters,
  type ScopeRow,
  type Yardstick,
} from '@vahti/kpi';

const row = (channel: string, counters: Partial<KpiCounters>, queueId = 'q1'): ScopeRow => {
  const aggregate = emptyAggregate();
  Object.assign(aggregate.counters, counters);
  return { queueId, channel, dimension: 'all', dimensionValue: '', aggregate };
};

// Voice: 400 answered or abandoned, service level 300/400 = 75 %; chat is a small side channel.
const voice = (withinThreshold: number) =>
  row('voice', {
    firstOffers: 400,
    offers: 400,
    answered: 380,
    abandoned: 20,
    answeredWithinThreshold: withinThreshold,
    answerWaitSeconds: 380 * 25,
  });
const chat = row('chat', { firstOffers: 40, offers: 40, answered: 40, answeredWithinThreshold: 40, answerWaitSeconds: 40 * 20 });

describe('one benchmark channel rule for every endpoint', () => {
  it('takes the dominant channel of the rows (restricted to the scope), else the only channel allowed', () => {
    expect(benchmarkChannel([voice(300), chat])).toBe('voice');
    expect(benchmarkChannel([voice(300), chat], ['chat', 'messaging'])).toBe('chat');
    expect(benchmarkChannel([voice(300)], ['email'])).toBe('email');
    expect(benchmarkChannel([])).toBeUndefined();
  });

  it('rates the tenant total with the dominant channel, as the API and the scorecard do', () => {
    const asked: Array<string | undefined> = [];
    const lookup = (_t: string, kpi: string, channel: string | undefined): Yardstick => {
      if (kpi === 'service_level') {
        asked.push(channel);
      }
      return {};
    };
    seriesKpis('acme', [voice(300), chat], lookup);
    expect(asked).toEqual(['voice', 'chat', 'voice']); // the voice series, the chat series, then the tenant total
    expect(TENANT_TOTAL).toBe('all');
  });
});

describe('scorecard', () => {
  const slDefault = (kpi: string): Yardstick =>
    kpi === 'service_level' ? yardstickOf(undefined, undefined, { target: 0.8, evidence: 'rule_of_thumb', source: '80/20' }) : {};
  const channels: Array<[string, string | undefined]> = [];
  const yardstickFor = (kpi: string, channel: string | undefined): Yardstick => {
    channels.push([kpi, channel]);
    return slDefault(kpi);
  };
  const areas = buildScorecard(windowInputs([voice(300), chat]), windowInputs([voice(360), chat]), yardstickFor);
  const access = areas.find((a) => a.id === 'B');
  const b1 = access?.processes.find((p) => p.id === 'B1');

  it('rates each process from its KPIs and keeps its previous level (structured first)', () => {
    expect(b1).toMatchObject({
      rating: { status: 'rated', level: 3 },
      previous: { status: 'rated', level: 5 },
      decidedBy: 'service_level',
    });
    expect(b1?.kpis[0]?.gap).toMatchObject({ line: 'target', lineValue: 0.8, side: 'worse' });
    expect(access).toMatchObject({ weakest: 'B1' });
  });

  it('renders process and area sentences with level, yardstick, gap and direction', () => {
    expect(b1?.sentence).toMatch(
      /^Inbound voice accessibility: 3 of 5, typical \(down from 5 in the previous window\)\. Service level is 75 %/,
    );
    expect(b1?.sentence).toContain('5 pp worse than the target; down 15 pp from the previous window, worsening');
    expect(access?.sentence).toContain(
      'Weakest: B1 Inbound voice accessibility at 3 of 5, typical, decided by Service level 75 %, 5 pp worse than the target, down 15 pp from the previous window, worsening.',
    );
  });

  it('picks benchmarks by the dominant channel of each process scope', () => {
    expect(channels).toContainEqual(['service_level', 'chat']); // B2 covers chat and messaging: chat has the contacts
    expect(channels).toContainEqual(['transfer_rate', 'voice']); // all-channel processes: the tenant's dominant channel
  });

  it('gives the same scorecard again from the same window inputs (the API reuses them across requests)', () => {
    const rows = [voice(300), chat];
    const before = JSON.stringify(rows);
    const current = windowInputs(rows);
    const previous = windowInputs([voice(360), chat]);
    const first = JSON.stringify(buildScorecard(current, previous, slDefault));
    expect(JSON.stringify(buildScorecard(current, previous, slDefault))).toBe(first);
    expect(JSON.stringify(rows)).toBe(before);
  });
});

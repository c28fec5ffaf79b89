import fc from 'fast-check';
import {
  benchmarkChannel,
  combinedWindowInputs,
  emptyAggregate,
  kpiInputOf,
  recordWait,
  emptyWaitSketch,
  waitQuantile,
  windowInputs,
  type Dimension,
  type ScopeRow,
} from '@vahti/kpi';

const CHANNELS = ['voice', 'chat', 'email', '*'] as const;
const CHANNEL_SETS: Array<readonly string[] | undefined> = [undefined, ['voice'], ['chat', 'email'], ['sms']];

const rowArb = fc
  .record({
    channel: fc.constantFrom(...CHANNELS),
    dimension: fc.constantFrom<Dimension>('all', 'agent', 'team', 'reason'),
    member: fc.constantFrom('a1', 'a2', 'a3', 't1'),
    handled: fc.nat(50),
    firstOffers: fc.nat(50),
    waits: fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 5 }),
  })
  .map(({ channel, dimension, member, handled, firstOffers, waits }): ScopeRow => {
    const aggregate = emptyAggregate();
    aggregate.counters.handled = handled;
    aggregate.counters.firstOffers = firstOffers;
    if (dimension === 'all' && waits.length > 0) {
      aggregate.wait = emptyWaitSketch();
      waits.forEach((w) => recordWait(aggregate.wait!, w));
    }
    return { queueId: '', channel, dimension, dimensionValue: dimension === 'all' ? '' : member, aggregate };
  });

// What the formulas can tell apart: counters, member order and the wait quantiles.
const comparable = (rows: ScopeRow[], channels: readonly string[] | undefined, inputs = windowInputs(rows)) => {
  const input = inputs.input(channels);
  const wait = input.total.wait;
  return {
    total: input.total.counters,
    agents: input.agents,
    teams: input.teams,
    p50: wait === null ? null : waitQuantile(wait, 0.5),
    p90: wait === null ? null : waitQuantile(wait, 0.9),
    count: wait?.count ?? 0,
    channel: inputs.channel(channels),
  };
};

describe('window inputs', () => {
  it('give what kpiInputOf and benchmarkChannel give over the same rows, per channel set', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), (rows) => {
        const inputs = windowInputs(rows);
        for (const channels of CHANNEL_SETS) {
          expect(inputs.input(channels)).toEqual(kpiInputOf(rows, channels));
          expect(inputs.channel(channels)).toBe(benchmarkChannel(rows, channels));
        }
      }),
    );
  });

  it('combined from parts equal the inputs of all their rows, and leave the parts unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.array(rowArb, { maxLength: 15 }), { minLength: 1, maxLength: 4 }), (parts) => {
        const partInputs = parts.map((rows) => windowInputs(rows));
        // Read every part first, so a combine that wrote into a part's memoised members would show.
        const before = parts.map((rows, i) => CHANNEL_SETS.map((c) => comparable(rows, c, partInputs[i])));
        const combined = combinedWindowInputs(partInputs);
        for (const channels of CHANNEL_SETS) {
          expect(comparable(parts.flat(), channels, combined)).toEqual(comparable(parts.flat(), channels));
        }
        expect(parts.map((rows, i) => CHANNEL_SETS.map((c) => comparable(rows, c, partInputs[i])))).toEqual(before);
      }),
    );
  });

  it('refuses inputs it did not build', () => {
    const foreign = { input: () => kpiInputOf([]), channel: () => undefined };
    expect(() => combinedWindowInputs([windowInputs([]), foreign])).toThrow(/windowInputs/);
  });
});

import fc from 'fast-check';
import { aggregateKeyString, DIMENSIONS, parseAggregateKey, periodOfAggregateKey, type AggregateKey } from '@vahti/kpi';

const id = fc.stringMatching(/^[A-Za-z0-9_.:/-]{1,12}$/);
const keyArb = fc.record<AggregateKey>({
  tenantId: id,
  granularity: fc.constantFrom('interval', 'day'),
  periodStart: fc.integer({ min: 0, max: 4_102_444_800_000 }).map((t) => t - (t % 900_000)),
  queueId: id,
  channel: id,
  dimension: fc.constantFrom(...DIMENSIONS),
  dimensionValue: fc.oneof(fc.constant(''), id),
});

describe('aggregate key strings', () => {
  it('parse back to the key they were made from', () => {
    fc.assert(fc.property(keyArb, (key) => expect(parseAggregateKey(aggregateKeyString(key))).toEqual(key)));
  });

  it('give granularity and period start without a full parse, as parseAggregateKey does', () => {
    fc.assert(
      fc.property(keyArb, (key) => {
        const text = aggregateKeyString(key);
        expect(periodOfAggregateKey(text)).toEqual({ granularity: key.granularity, periodStart: key.periodStart });
      }),
    );
    expect(periodOfAggregateKey(aggregateKeyString({ ...sample, periodStart: Date.UTC(2026, 2, 5, 9, 15) }))).toEqual({
      granularity: 'interval',
      periodStart: Date.UTC(2026, 2, 5, 9, 15),
    });
  });
});

const sample: AggregateKey = {
  tenantId: 'northwind',
  granularity: 'interval',
  periodStart: 0,
  queueId: 'voice-billing',
  channel: 'voice',
  dimension: 'agent',
  dimensionValue: 'a-17',
};

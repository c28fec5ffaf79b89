import { bestExplanation, explainDimension } from './explain-dimension';
import { ratioDrillDown, type RatioRow } from './ratio-drill-down';

// AHT rows as [Σ handle seconds, handled] in the baseline and the alert window.
const aht = (value: string, n: number, before: number, after: number, n1 = n): RatioRow => ({
  value,
  baseline: { numerator: n * before, denominator: n },
  current: { numerator: n1 * after, denominator: n1 },
});
const explain = (dimension: 'reason' | 'team' | 'agent', rows: RatioRow[]) => {
  const drill = ratioDrillDown(rows);
  if (drill === null) {
    throw new Error('no drill-down');
  }
  return explainDimension(dimension, drill);
};

describe('explainDimension (Adtributor with an even-spread guard)', () => {
  it('finds billing as the one reason that explains the change', () => {
    // Billing 65 contacts 360 → 504 s, account 35 at 330 s: billing EP 1 ≥ T_EP 0.67; its even-spread
    // power is 0.6695 (see ratio-drill-down.spec), an excess of 0.33 ≥ 0.15.
    const result = explain('reason', [aht('billing', 65, 360, 504), aht('account', 35, 330, 330)]);
    expect(result?.elements.map((e) => e.value)).toEqual(['billing']);
    expect(result?.explanatoryPower).toBeCloseTo(1, 10);
  });

  it('finds nothing in a dimension whose elements all moved alike', () => {
    // Both teams handle the same mix and got 26.8 % slower: powers 0.7 and 0.3, equal to their
    // weights, so even {team-billing, team-blend} has no excess over an even spread.
    const result = explain('team', [aht('team-billing', 70, 349.5, 443.1), aht('team-blend', 30, 349.5, 443.1)]);
    expect(result).toBeNull();
  });

  it('does not list more than three elements', () => {
    // 21 agents of one team each 35 % slower, 9 others unchanged: 15 of the slow ones are needed to reach 0.67.
    const rows = [
      ...Array.from({ length: 21 }, (_, i) => aht(`slow-${String(i).padStart(2, '0')}`, 10, 400, 540)),
      ...Array.from({ length: 9 }, (_, i) => aht(`steady-${i}`, 10, 400, 400)),
    ];
    expect(explain('agent', rows)).toBeNull();
  });

  it('prefers the more succinct dimension, then the more surprising', () => {
    const reason = explain('reason', [aht('billing', 65, 360, 504), aht('account', 35, 330, 330)]);
    // Two agents out of ten carry the whole change: a two-element explanation.
    const agents = explain('agent', [
      aht('a1', 10, 350, 700),
      aht('a2', 10, 350, 700),
      ...Array.from({ length: 8 }, (_, i) => aht(`b${i}`, 10, 350, 350)),
    ]);
    expect(agents?.elements).toHaveLength(2);
    expect(bestExplanation([agents, reason])?.dimension).toBe('reason');
    expect(bestExplanation([null, agents])?.dimension).toBe('agent');
    expect(bestExplanation([null, null])).toBeNull();
  });
});

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
    // power is 0.6695 (see ratio-drill-down.spec), an excess of 0.33 ≥ half the room 0.5·(1 − 0.6695) = 0.165.
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

  it('localises at an element that carries most of the contacts when it carries still more of the change', () => {
    // Team-digital fault replay: team-digital 146 contacts at 373.1 s → 138 at 514.4 s, team-email 16 at
    // 344 s → 34 at 385.9 s. Whole 370.23 → 489.00 s (Δ 118.77); team-digital mix −0.28 + rate
    // 0.8023·141.3 = 113.37 → EP 0.9521; its even power max(0.8023, 0.8023·373.1/Σ w′·p = 0.8149) =
    // 0.8149. Excess 0.1372 ≥ 0.5·(1 − 0.8149) = 0.0926 → localised (a fixed 0.15 margin refused it).
    const result = explain('team', [aht('team-digital', 146, 373.1, 514.4, 138), aht('team-email', 16, 344, 385.9, 34)]);
    expect(result?.elements.map((e) => e.value)).toEqual(['team-digital']);
    expect(result?.explanatoryPower).toBeCloseTo(0.9521, 4);
    expect(result?.evenPower).toBeCloseTo(0.8149, 4);
  });

  it('does not localise at an element that carries nearly all the contacts', () => {
    // Transfers / handled, misrouting replay: team-billing 0/39 → 12/46, team-blend 0/3 → 0/2. Team-billing
    // has EP 1 but carries 46/48 = 0.958 of the contacts: an excess of 0.042, under T_EEP = 0.1.
    const rows: RatioRow[] = [
      { value: 'team-billing', baseline: { numerator: 0, denominator: 39 }, current: { numerator: 12, denominator: 46 } },
      { value: 'team-blend', baseline: { numerator: 0, denominator: 3 }, current: { numerator: 0, denominator: 2 } },
    ];
    expect(explain('team', rows)).toBeNull();
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

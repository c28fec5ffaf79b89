// Fault scenario fault-handle-time-billing.yaml: billing handle time ×1.4 from day 3 10:00 for 4 h.
// Series voice-billing, window 10:00–11:00 (3 600 s), T = 20 s; the service level degrades.
//
// Built by hand. Offers 110 billing + 60 account in both windows; agents on queue 19 in both.
//   Baseline: handled billing 107 at 360 s, account 58 at 330 s → AHT (38 520 + 19 140)/165 = 349.5 s.
//   Window:   handled billing  97 at 504 s, account 53 at 330 s → AHT (48 888 + 17 490)/150 = 442.5 s.
//   Billing's share of handled contacts stays 65 % (107/165 = 0.648, 97/150 = 0.647): a rate change.
//   Observed SL 140/(165 + 5 − 1) = 82.8 % → 80/(150 + 20 − 2) = 47.6 %.
// Volume and staffing did not move, so their Shapley values are 0 and handle time carries the
// whole modelled change (contribution = φ_aht / observed change, or / modelled change if larger).
// Teams: team-billing handles 70 % and team-blend 30 % of each reason, so both got slower by the
// same amount and the team dimension explains nothing more than an even spread would.
import { rankCauses, type BreakdownRow, type RootCauseInput } from '@vahti/root-cause';
import { contactCounters, row, totalOf } from '../support/counters-builder';

const HOUR = 3600;

const reasons: BreakdownRow[] = [
  row(
    'billing',
    contactCounters({
      offers: 110,
      handled: 107,
      aht: 360,
      abandoned: 3,
      withinThreshold: 92,
      answerWaitSeconds: 850,
      abandonWaitSeconds: 90,
    }),
    contactCounters({
      offers: 110,
      handled: 97,
      aht: 504,
      abandoned: 13,
      withinThreshold: 52,
      answerWaitSeconds: 1650,
      abandonWaitSeconds: 310,
    }),
  ),
  row(
    'account',
    contactCounters({
      offers: 60,
      handled: 58,
      aht: 330,
      abandoned: 2,
      shortAbandoned: 1,
      withinThreshold: 48,
      answerWaitSeconds: 470,
      abandonWaitSeconds: 60,
    }),
    contactCounters({
      offers: 60,
      handled: 53,
      aht: 330,
      abandoned: 7,
      shortAbandoned: 2,
      withinThreshold: 28,
      answerWaitSeconds: 900,
      abandonWaitSeconds: 170,
    }),
  ),
];

// Each reason's contacts split 70/30 between the teams, at the reason's handle time.
const teamShare = (share: number) => (r: BreakdownRow) => ({
  baseline: contactCounters({ offers: 0, handled: r.baseline.handled * share, aht: ahtOf(r.baseline) }),
  current: contactCounters({ offers: 0, handled: r.current.handled * share, aht: ahtOf(r.current) }),
});
const ahtOf = (c: BreakdownRow['baseline']): number => (c.talkSeconds + c.holdSeconds + c.wrapUpSeconds) / c.handled;
const team = (value: string, share: number): BreakdownRow => {
  const parts = reasons.map(teamShare(share));
  const sum = totalOf(parts.map((p) => row('', p.baseline, p.current)));
  return row(value, sum.baseline, sum.current);
};

export const handleTimeBillingInput: RootCauseInput = {
  kpi: 'service_level',
  windowSeconds: HOUR,
  serviceLevelThresholdSeconds: 20,
  series: totalOf(reasons),
  staffedAgentSeconds: { baseline: 19 * HOUR, current: 19 * HOUR },
  breakdowns: { reason: reasons, team: [team('team-billing', 0.7), team('team-blend', 0.3)] },
};

describe('fault: billing handle time +40 % (voice-billing service level)', () => {
  const candidates = rankCauses(handleTimeBillingInput);

  it('ranks handle time at contact reason billing first, as a rate change', () => {
    expect(candidates[0]).toMatchObject({ rank: 1, factor: 'handle_time', dimension: 'reason', value: 'billing', effect: 'rate' });
    expect(candidates[0]?.summary).toContain('mostly because contact reason billing took longer: 6 min 0 s → 8 min 24 s (+40 %)');
    expect(candidates[0]?.summary).toContain('while its share of handled contacts stayed at 65 %');
  });

  it('quantifies it with the Erlang A counterfactual: handle time back at baseline is the modelled baseline', () => {
    const evidence = candidates[0]?.evidence ?? {};
    expect(evidence.model).toBe('erlang_a');
    // Patience (Σ all waits)/abandons = (850 + 90 + 470 + 60 + 1 650 + 310 + 900 + 170)/25 = 4 500/25 = 180 s.
    expect(evidence.meanPatienceSeconds).toBeCloseTo(180, 10);
    // Volume and staffing at their (unchanged) current values = the baseline state.
    expect(evidence.counterfactual).toBeCloseTo(Number(evidence.modelledBaseline), 12);
    // The model explains less than the observed drop, so contribution = φ_aht / observed change.
    const explained = Number(evidence.explained);
    expect(explained).toBeGreaterThan(0.5);
    expect(explained).toBeLessThan(1);
    expect(candidates[0]?.contribution).toBeCloseTo(
      (Number(evidence.shapley) / (0.47619 - 0.828402)) * Number(evidence.explanatoryPower),
      5,
    );
  });

  it('lists nothing else: volume and staffing did not move, and no upstream driver changed', () => {
    expect(candidates).toHaveLength(1);
  });
});

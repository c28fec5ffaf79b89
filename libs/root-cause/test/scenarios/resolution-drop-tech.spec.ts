// Fault scenario fault-resolution-drop-tech.yaml: tech resolution ×0.7 on day 10, all day. Series
// voice-support, window one hour; agent-reported resolution degrades.
//
// Built by hand, resolved / handled per contact reason:
//   tech 86/120 (71.7 %) → 59/118 (50.0 %), orders 72/80 (90 %) → 74/82 (90.2 %).
//   Whole: 158/200 = 79.0 % → 133/200 = 66.5 %, Δ = −12.5 pp.
//   Tech: rate 0.59·(0.500 − 0.717) = −12.8 pp; mix (0.59 − 0.60)·(0.717 − 0.79) = +0.07 pp; EP 1.02.
//   Its even-spread power is 0.59 (its weight), an excess of 0.43.
// Teams handle the same reason mix (team-support 22 agents 60 %, team-blend 40 %), so both fall
// alike and the team dimension has no excess over an even spread.
import { rankCauses, type BreakdownRow, type RootCauseInput } from '@vahti/root-cause';
import { contactCounters, row, totalOf } from '../support/counters-builder';

const reasons: BreakdownRow[] = [
  row(
    'tech',
    contactCounters({ offers: 120, handled: 120, aht: 480, resolved: 86 }),
    contactCounters({ offers: 118, handled: 118, aht: 480, resolved: 59 }),
  ),
  row(
    'orders',
    contactCounters({ offers: 80, handled: 80, aht: 300, resolved: 72 }),
    contactCounters({ offers: 82, handled: 82, aht: 300, resolved: 74 }),
  ),
];
const team = (value: string, share: number): BreakdownRow => {
  const total = totalOf(reasons);
  const scale = (c: typeof total.baseline) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v * share])) as typeof c;
  return row(value, scale(total.baseline), scale(total.current));
};

export const resolutionDropInput: RootCauseInput = {
  kpi: 'agent_reported_resolution',
  windowSeconds: 3600,
  serviceLevelThresholdSeconds: 20,
  series: totalOf(reasons),
  breakdowns: { reason: reasons, team: [team('team-support', 0.6), team('team-blend', 0.4)] },
};

describe('fault: tech resolution drop (voice-support resolution)', () => {
  const candidates = rankCauses(resolutionDropInput);

  it('ranks resolution at contact reason tech first, as a rate change', () => {
    expect(candidates[0]).toMatchObject({ rank: 1, factor: 'resolution', dimension: 'reason', value: 'tech', effect: 'rate' });
    // Rate (118/200)·(59/118 − 86/120) = −0.127833, mix +0.000733; whole change 133/200 − 158/200 = −0.125: EP 1.0168.
    expect(candidates[0]?.evidence.rate).toBeCloseTo(-0.127833, 6);
    expect(candidates[0]?.contribution).toBeCloseTo((-0.127833 + 0.000733) / -0.125, 5);
    expect(candidates).toHaveLength(1);
  });
});

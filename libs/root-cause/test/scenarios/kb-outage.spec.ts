// Fault scenario fault-kb-outage.yaml: handle time ×1.3 on every queue on day 9 13:00–16:00 (and
// resolution ×0.8, not used here). Series voice-billing, window one hour; handle time degrades.
//
// Built by hand. Every reason and both teams take 30 % longer: billing 107 → 107 contacts at
// 360 → 468 s, account 58 at 330 → 429 s; AHT 349.5 → 454.3 s. Each element explains exactly its
// share of handle time, so no dimension has an excess over an even spread: the change is not
// localised, and handle time itself is the one candidate (contribution 1, "spread evenly").
import { rankCauses, type BreakdownRow, type RootCauseInput } from '@vahti/root-cause';
import { contactCounters, row, totalOf } from '../support/counters-builder';

const reasons: BreakdownRow[] = [
  row('billing', contactCounters({ offers: 110, handled: 107, aht: 360 }), contactCounters({ offers: 110, handled: 107, aht: 468 })),
  row('account', contactCounters({ offers: 60, handled: 58, aht: 330 }), contactCounters({ offers: 60, handled: 58, aht: 429 })),
];
const scaled = (share: number): { baseline: BreakdownRow['baseline']; current: BreakdownRow['current'] } => {
  const total = totalOf(reasons);
  const scale = (c: BreakdownRow['baseline']) =>
    Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v * share])) as BreakdownRow['baseline'];
  return { baseline: scale(total.baseline), current: scale(total.current) };
};
const teams = [
  row('team-billing', scaled(0.7).baseline, scaled(0.7).current),
  row('team-blend', scaled(0.3).baseline, scaled(0.3).current),
];

const kbOutageInput: RootCauseInput = {
  kpi: 'average_handle_time',
  windowSeconds: 3600,
  serviceLevelThresholdSeconds: 20,
  series: totalOf(reasons),
  breakdowns: { reason: reasons, team: teams },
};

describe('fault: knowledge-base outage (handle time up everywhere)', () => {
  it('names handle time itself, spread evenly over reasons and teams', () => {
    const candidates = rankCauses(kbOutageInput);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ rank: 1, factor: 'handle_time', effect: 'driver', contribution: 1 });
    expect(candidates[0]?.dimension).toBeUndefined();
    expect(candidates[0]?.summary).toBe(
      'Average handle time rose from 5 min 49 s to 7 min 34 s (+30 %), spread evenly: no single contact reason or team explains it.',
    );
  });
});

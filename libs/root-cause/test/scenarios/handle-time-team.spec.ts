// Fault scenario fault-handle-time-team.yaml: team team-digital handles 35 % slower on day 12
// 08:00–18:00. Series chat-general, window one hour; the average handle time degrades.
//
// Built by hand. 100 chats handled in both windows, by reason billing 30 (540 s), tech 35 (660 s),
// orders 25 (420 s), account 10 (330 s): baseline AHT (16 200 + 23 100 + 10 500 + 3 300)/100 = 531 s.
// team-digital (21 agents) handles 70 % of every reason, team-blend (15 agents) 30 %. In the window
// team-digital's chats take 1.35 × as long, so every reason's AHT is × (0.7·1.35 + 0.3) = × 1.245
// and the whole AHT 531 → 661.1 s (+24.5 %):
// - reason: each reason explains exactly its share of handle time (even relative change): no excess.
// - team: team-digital explains 100 % of the rise at 70 % of the chats: an excess of 0.30 ≥ 0.15.
// - agent: 21 slow agents of 36 would be needed to pass 0.67, far more than three.
import { rankCauses, type BreakdownRow, type RootCauseInput } from '@vahti/root-cause';
import { contactCounters, row, totalOf } from '../support/counters-builder';

const REASONS = [
  { id: 'billing', handled: 30, aht: 540 },
  { id: 'tech', handled: 35, aht: 660 },
  { id: 'orders', handled: 25, aht: 420 },
  { id: 'account', handled: 10, aht: 330 },
] as const;
const DIGITAL_SHARE = 0.7;
const SLOWER = 1.35;

const reasons: BreakdownRow[] = REASONS.map((r) =>
  row(
    r.id,
    contactCounters({ offers: r.handled, handled: r.handled, aht: r.aht }),
    contactCounters({ offers: r.handled, handled: r.handled, aht: r.aht * (DIGITAL_SHARE * SLOWER + 1 - DIGITAL_SHARE) }),
  ),
);
const baselineAht = REASONS.reduce((s, r) => s + r.handled * r.aht, 0) / 100;

// Agents: the team's chats spread evenly over its agents.
const agents = (team: string, count: number, share: number, factor: number): BreakdownRow[] =>
  Array.from({ length: count }, (_, i) =>
    row(
      `${team}-${String(i + 1).padStart(2, '0')}`,
      contactCounters({ offers: 0, handled: (100 * share) / count, aht: baselineAht }),
      contactCounters({ offers: 0, handled: (100 * share) / count, aht: baselineAht * factor }),
    ),
  );
const digitalAgents = agents('digital', 21, DIGITAL_SHARE, SLOWER);
const blendAgents = agents('blend', 15, 1 - DIGITAL_SHARE, 1);
const teamRow = (value: string, members: BreakdownRow[]): BreakdownRow => {
  const total = totalOf(members);
  return row(value, total.baseline, total.current);
};

export const handleTimeTeamInput: RootCauseInput = {
  kpi: 'average_handle_time',
  windowSeconds: 3600,
  serviceLevelThresholdSeconds: 60,
  series: totalOf(reasons),
  breakdowns: {
    reason: reasons,
    team: [teamRow('team-digital', digitalAgents), teamRow('team-blend', blendAgents)],
    agent: [...digitalAgents, ...blendAgents],
  },
};

describe('fault: team-digital handles 35 % slower (chat-general handle time)', () => {
  const candidates = rankCauses(handleTimeTeamInput);

  it('ranks handle time at team team-digital first, as a rate change explaining the whole rise', () => {
    expect(candidates[0]).toMatchObject({ rank: 1, factor: 'handle_time', dimension: 'team', value: 'team-digital', effect: 'rate' });
    // Team-digital's rate 531 → 716.85 s at 70 % of the chats: 0.7·185.85 = 130.1 s = the whole rise.
    expect(candidates[0]?.contribution).toBeCloseTo(1, 9);
    expect(candidates[0]?.evidence.elementCurrent).toBeCloseTo(531 * 1.35, 9);
    expect(candidates[0]?.summary).toBe(
      'Average handle time rose from 8 min 51 s to 11 min 1 s (+25 %), mostly because team team-digital took longer: ' +
        '8 min 51 s → 11 min 57 s (+35 %), while its share of handled contacts stayed at 70 % (100 % of it).',
    );
  });

  it('does not localise at a reason or at agents', () => {
    expect(candidates.map((c) => c.dimension)).toEqual(['team']);
  });
});

// Fault scenario fault-adherence-drop.yaml: team team-support's adherence drops to 70 % on day 4
// 09:00–15:00 (agents start and end breaks late). Window one hour.
//
// Built by hand, agent time of the two teams that serve voice-support (queue and channel `*`):
//   team-support: 22 agents, 79 200 scheduled s; planned shrinkage 8 %; unplanned 4 % → 20 %;
//                 adherence 92 % → 70 %.
//   team-blend:   15 agents, 54 000 scheduled s; planned 8 %, unplanned 4 %, adherence 90 %, unchanged.
//   Pool: S = 133 200 s, P = 10 656 s, U = 5 328 s → 18 000 s (+12 672 s of team-support's).
//   On queue = S − P − U = 117 216 s (32.6 agents) → 104 544 s (29.0 agents).
//   Busy 92 000 s in both windows, of which voice-support's baseline handle time is 78 400 s (196
//   contacts at 400 s): the series' share of the pool is 78 400 / 92 000 = 0.8522, so voice-support
//   has 117 216·0.8522 = 99 889 s (27.7 agents) → 104 544·0.8522 = 89 090 s (24.7 agents) on queue.
// Staffing decomposition (driver-components.ts): ΔS = 0, Δp = 0, Δa = 0, Δu = 12 672/133 200, so
// the adherence part is −S′·Δu = −12 672 s, all of the change: adherence takes staffing's share.
// Schedule adherence over the pool: (72 864 + 48 600)/133 200 = 91.2 % → (55 440 + 48 600)/133 200
// = 78.1 %; team-support explains all of it at 59 % of the scheduled time.
import { rankCauses, type BreakdownRow, type RootCauseInput } from '@vahti/root-cause';
import { agentCounters, contactCounters, row, totalOf } from '../support/counters-builder';

const HOUR = 3600;

const support = row(
  'team-support',
  agentCounters({ scheduledSeconds: 79_200, plannedShare: 0.08, unplannedShare: 0.04, adherence: 0.92, busySeconds: 56_000 }),
  agentCounters({ scheduledSeconds: 79_200, plannedShare: 0.08, unplannedShare: 0.2, adherence: 0.7, busySeconds: 56_000 }),
);
const blend = row(
  'team-blend',
  agentCounters({ scheduledSeconds: 54_000, plannedShare: 0.08, unplannedShare: 0.04, adherence: 0.9, busySeconds: 36_000 }),
  agentCounters({ scheduledSeconds: 54_000, plannedShare: 0.08, unplannedShare: 0.04, adherence: 0.9, busySeconds: 36_000 }),
);
const teams: BreakdownRow[] = [support, blend];
const pool = totalOf(teams);

// voice-support: 200 offers at 400 s in both windows; 14 abandons over both windows, all waits
// 1 140 s + 3 060 s → patience 300 s. Observed SL 177/200 = 88.5 % → 150/200 = 75 %.
const series = {
  baseline: contactCounters({
    offers: 200,
    handled: 196,
    aht: 400,
    abandoned: 4,
    withinThreshold: 177,
    answerWaitSeconds: 980,
    abandonWaitSeconds: 160,
  }),
  current: contactCounters({
    offers: 200,
    handled: 190,
    aht: 400,
    abandoned: 10,
    withinThreshold: 150,
    answerWaitSeconds: 2_470,
    abandonWaitSeconds: 590,
  }),
};

export const adherenceServiceLevelInput: RootCauseInput = {
  kpi: 'service_level',
  windowSeconds: HOUR,
  serviceLevelThresholdSeconds: 20,
  series,
  agentTime: { counters: pool },
  breakdowns: { team: teams },
};

export const adherenceKpiInput: RootCauseInput = {
  kpi: 'schedule_adherence',
  windowSeconds: HOUR,
  serviceLevelThresholdSeconds: 20,
  series: pool,
  breakdowns: { team: teams },
};

describe('fault: team-support adherence drop', () => {
  it('service level of voice-support: adherence at team team-support first, through staffing', () => {
    const candidates = rankCauses(adherenceServiceLevelInput);
    expect(candidates[0]).toMatchObject({ rank: 1, factor: 'adherence', dimension: 'team', value: 'team-support', effect: 'rate' });
    const evidence = candidates[0]?.evidence ?? {};
    expect(evidence.queueFactor).toBe('staffing');
    expect(evidence.componentChange).toBeCloseTo(-12_672, 6);
    expect(evidence.componentFraction).toBeCloseTo(1, 12);
    expect(candidates[0]?.summary).toContain('mostly because team team-support fell: 92 % → 70 % (−22 pp)');
    expect(candidates[0]?.summary).toContain('with staffing at its baseline, service level would have been');
  });

  it('reads the staffing from the pool with the default share', () => {
    // 99 889 s → 89 090 s on queue for voice-support, the queue state's N (see the header).
    const candidates = rankCauses({ ...adherenceServiceLevelInput, agentTime: { counters: pool, share: 78_400 / 92_000 } });
    expect(candidates).toEqual(rankCauses(adherenceServiceLevelInput));
  });

  it('schedule adherence of the agent pool: team team-support, a rate change', () => {
    const candidates = rankCauses(adherenceKpiInput);
    expect(candidates[0]).toMatchObject({
      rank: 1,
      factor: 'adherence',
      dimension: 'team',
      value: 'team-support',
      effect: 'rate',
      contribution: expect.closeTo(1, 9) as unknown,
    });
    // Pool adherence 91.2 % → 78.1 %; team-support 92 % → 70 % at 59 % of the scheduled time:
    // rate 0.5946·(0.70 − 0.92) = −13.08 pp = the whole change.
    expect(candidates[0]?.evidence.rate).toBeCloseTo(-0.130811, 6);
  });
});

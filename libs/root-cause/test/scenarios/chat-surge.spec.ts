// Fault scenario fault-chat-surge.yaml: chat volume ×1.6 on day 11 10:00–13:00. Series
// chat-general, window 11:00–12:00 (3 600 s), T = 60 s; the service level degrades.
//
// Built by hand. Offers 120 → 192 (×1.6), every reason alike (billing 30 %, tech 35 %, orders 25 %,
// account 10 %), each reason at its own chat handle time in both windows, so AHT does not move.
// 21 agents on queue in both windows. The forecast for the window was 120 chats.
//   Abandons 2 → 22; all waits 1 300 s + 5 904 s over 24 abandons: patience 300.2 s → Erlang A.
//   Observed SL 110/120 = 91.7 % → 80/192 = 41.7 %.
// Only volume moved, so its Shapley value is the whole modelled change. The rise is spread evenly
// over the reasons (each explains its own share), so volume is not localised. The forecast
// foresaw none of the rise: (192 − max(120, 120)) / (192 − 120) = 1, so the forecast candidate
// gets the same contribution as volume and follows it in the diagnostic order (kpi-catalog §5.3).
import { rankCauses, type BreakdownRow, type RootCauseInput } from '@vahti/root-cause';
import { contactCounters, row, totalOf } from '../support/counters-builder';

const HOUR = 3600;
const REASONS = [
  { id: 'billing', share: 0.3, aht: 540 },
  { id: 'tech', share: 0.35, aht: 660 },
  { id: 'orders', share: 0.25, aht: 420 },
  { id: 'account', share: 0.1, aht: 330 },
] as const;

const window = (offers: number, handled: number, abandoned: number, within: number, answerWait: number, abandonWait: number) =>
  REASONS.map((r) =>
    contactCounters({
      offers: offers * r.share,
      handled: handled * r.share,
      aht: r.aht,
      abandoned: abandoned * r.share,
      withinThreshold: within * r.share,
      answerWaitSeconds: answerWait * r.share,
      abandonWaitSeconds: abandonWait * r.share,
      forecastContacts: 120 * r.share,
    }),
  );
const baseline = window(120, 118, 2, 110, 1180, 120);
const current = window(192, 170, 22, 80, 4760, 1144);
const reasons: BreakdownRow[] = REASONS.map((r, i) => {
  const [before, after] = [baseline[i], current[i]];
  if (before === undefined || after === undefined) {
    throw new Error('one counter set per reason');
  }
  return row(r.id, before, after);
});

export const chatSurgeInput: RootCauseInput = {
  kpi: 'service_level',
  windowSeconds: HOUR,
  serviceLevelThresholdSeconds: 60,
  series: totalOf(reasons),
  staffedAgentSeconds: { baseline: 21 * HOUR, current: 21 * HOUR },
  breakdowns: { reason: reasons },
};

describe('fault: chat volume surge (chat-general service level)', () => {
  const candidates = rankCauses(chatSurgeInput);

  it('ranks volume first, not localised, and the missed forecast second', () => {
    expect(candidates[0]).toMatchObject({ rank: 1, factor: 'volume', effect: 'driver' });
    expect(candidates[0]?.dimension).toBeUndefined();
    expect(candidates[1]).toMatchObject({ rank: 2, factor: 'forecast', effect: 'driver' });
    expect(candidates).toHaveLength(2);
  });

  it('gives volume the whole change: the model overshoots the observed drop, so contribution = φ / modelled change = 1', () => {
    const evidence = candidates[0]?.evidence ?? {};
    expect(Number(evidence.explained)).toBeGreaterThan(1);
    expect(candidates[0]?.contribution).toBeCloseTo(1, 12);
    expect(evidence.counterfactual).toBeCloseTo(Number(evidence.modelledBaseline), 12);
    expect(candidates[0]?.summary).toMatch(
      /^Offered volume rose from 120 contacts to 192 contacts \(\+60 %\); with offered volume at its baseline, service level would have been/,
    );
  });
});

// Fault scenario fault-misrouting-tech.yaml: 20 % of voice-support's tech contacts are misrouted to
// voice-billing on day 8 08:00–14:00, where billing agents transfer them back. Series voice-billing,
// window one hour; the transfer rate degrades.
//
// Built by hand, transfers / handled per contact reason:
//   billing 1/110 → 1/108, account 0/60 → 0/58, tech absent → 16/16 (every misrouted one sent back).
//   Whole: 1/170 = 0.59 % → 17/182 = 9.34 %, Δ = 8.75 pp.
//   Tech is new: its weight 0 → 16/182 = 8.8 % at a rate of 100 % against 0.59 % overall, all mix:
//   mix = 0.0879·(1 − 0.0059) = 8.74 pp, 99.9 % of the change; billing and account only shrink
//   a little at their usual rates and explain the last 0.1 %.
import { rankCauses, type BreakdownRow, type RootCauseInput } from '@vahti/root-cause';
import { contactCounters, row, totalOf } from '../support/counters-builder';

const reasons: BreakdownRow[] = [
  row(
    'billing',
    contactCounters({ offers: 110, handled: 110, aht: 360, transfers: 1 }),
    contactCounters({ offers: 108, handled: 108, aht: 360, transfers: 1 }),
  ),
  row('account', contactCounters({ offers: 60, handled: 60, aht: 330 }), contactCounters({ offers: 58, handled: 58, aht: 330 })),
  row('tech', contactCounters({ offers: 0, handled: 0, aht: 0 }), contactCounters({ offers: 16, handled: 16, aht: 60, transfers: 16 })),
];
// Both billing teams get misrouted calls in proportion to their share: no team stands out.
const team = (value: string, share: number): BreakdownRow => {
  const scaled = totalOf(reasons);
  const scale = (c: typeof scaled.baseline) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v * share])) as typeof c;
  return row(value, scale(scaled.baseline), scale(scaled.current));
};

export const misroutingInput: RootCauseInput = {
  kpi: 'transfer_rate',
  windowSeconds: 3600,
  serviceLevelThresholdSeconds: 20,
  series: totalOf(reasons),
  breakdowns: { reason: reasons, team: [team('team-billing', 0.7), team('team-blend', 0.3)] },
};

describe('fault: tech contacts misrouted into voice-billing (transfer rate)', () => {
  const candidates = rankCauses(misroutingInput);

  it('ranks transfers at contact reason tech first, as a change of mix', () => {
    expect(candidates[0]).toMatchObject({ rank: 1, factor: 'transfers', dimension: 'reason', value: 'tech', effect: 'mix' });
    expect(candidates[0]?.evidence.mix).toBeCloseTo((16 / 182) * (1 - 1 / 170), 12);
    expect(candidates[0]?.contribution).toBeCloseTo(((16 / 182) * (1 - 1 / 170)) / (17 / 182 - 1 / 170), 12);
    expect(candidates[0]?.summary).toBe(
      'Transfer rate rose from 0.6 % to 9.3 % (+8.8 pp), mostly because contact reason tech, absent from the baseline, ' +
        'made up 9 % of handled contacts at 100 % against 0.6 % overall (100 % of it).',
    );
  });
});

describe('fault: tech contacts misrouted into voice-billing, as the evaluator books them', () => {
  // The evaluator books a transfer without its contact reason (the transferred event carries none),
  // so the reason rows hold the handled contacts but no transfers: the series has 17, the rows none.
  // The rate of a reason cannot be measured; the mix still shows tech, absent from the baseline, at
  // 16/182 = 8.8 % of handled contacts... below the 10 % an element's share must grow by, so the
  // window below doubles the misrouted contacts: tech 0 → 32 of 198 handled = 16 % (R12: mis-routing
  // drives transfers).
  const rows: BreakdownRow[] = [
    row('billing', contactCounters({ offers: 110, handled: 110, aht: 360 }), contactCounters({ offers: 108, handled: 108, aht: 360 })),
    row('account', contactCounters({ offers: 60, handled: 60, aht: 330 }), contactCounters({ offers: 58, handled: 58, aht: 330 })),
    row('tech', contactCounters({ offers: 0, handled: 0, aht: 0 }), contactCounters({ offers: 32, handled: 32, aht: 60 })),
  ];
  const series = totalOf(rows);
  const input: RootCauseInput = {
    ...misroutingInput,
    series: { baseline: { ...series.baseline, transfers: 1 }, current: { ...series.current, transfers: 33 } },
    breakdowns: { reason: rows },
  };

  it('names transfers at contact reason tech as a change of mix, unquantified', () => {
    const candidates = rankCauses(input);
    expect(candidates.map((c) => [c.factor, c.dimension, c.value, c.effect, c.contribution])).toEqual([
      ['transfers', 'reason', 'tech', 'mix', null],
    ]);
    expect(candidates[0]?.summary).toBe(
      'Transfer rate rose from 0.6 % to 16.7 % (+16.1 pp), while contact reason tech, absent from the baseline, made up 16 % of ' +
        'handled contacts; the events behind transfer rate are not booked by contact reason, so its part is not measured.',
    );
    expect(candidates[0]?.evidence).toMatchObject({ baselineShare: 0, currentShare: 32 / 198 });
  });
});

import { emptyCounters, type KpiCounters } from '@vahti/kpi';
import type { RootCauseInput } from '../input/root-cause-input';
import { rankCauses } from './rank-causes';
import { OFFERED_VOLUME } from './volume-drafts';

const counters = (values: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...values });
/** Offers of one element: `first` first offers (of them `repeats` repeat contacts) and `transferredIn` more. */
const offers = (first: number, repeats = 0, transferredIn = 0, forecast?: number): KpiCounters =>
  counters({
    firstOffers: first,
    offers: first + transferredIn,
    repeatContacts: repeats,
    ...(forecast !== undefined && { forecastContacts: forecast, forecastedIntervals: 4, forecastedMinutes: 60 }),
  });

const surge = (forecast: number): RootCauseInput => ({
  kpi: OFFERED_VOLUME,
  windowSeconds: 3600,
  serviceLevelThresholdSeconds: 60,
  // Billing 40 → 110 first offers, tech 80 → 80 (6 repeats each window), 4 transferred in each window.
  series: { baseline: offers(120, 6, 4), current: offers(190, 6, 4, forecast) },
  breakdowns: {
    reason: [
      { value: 'billing', baseline: offers(40), current: offers(110) },
      { value: 'tech', baseline: offers(80, 6, 4), current: offers(80, 6, 4) },
    ],
  },
});

describe('offered volume causes', () => {
  it('split a surge into its components, localise new demand by offers, and add the unforeseen part', () => {
    // New demand 114 → 184 (+70), repeats 6 → 6, transfers in 4 → 4: all of the change is new demand.
    // By reason (offers, additive): billing +70 of +70 → EP 1 against an even spread of its baseline
    // share 40/124 = 0.32 → localised at billing. Forecast 130: (190 − max(130, 120)) / (190 − 120) =
    // 60/70 = 0.857 of the rise was not forecast.
    const candidates = rankCauses(surge(130));
    expect(candidates.map((c) => [c.factor, c.dimension, c.value, c.contribution])).toEqual([
      ['volume', 'reason', 'billing', 1],
      ['forecast', undefined, undefined, 60 / 70],
    ]);
    expect(candidates[0]?.summary).toBe(
      'New contacts offered rose from 114 contacts to 184 contacts (+61 %), mostly at contact reason billing: 40 contacts → 110 contacts (+175 %) (100 % of it).',
    );
    expect(candidates[1]?.summary).toContain('Volume was 190 contacts against a forecast of 130 contacts (+46 %)');
  });

  it('name no forecast candidate when the forecast saw the rise coming', () => {
    // Forecast 200 ≥ 190: nothing of the rise was unforeseen.
    expect(rankCauses(surge(200)).map((c) => c.factor)).toEqual(['volume']);
  });

  it('give repeat contacts their part of a rise', () => {
    // First offers 100 → 130 with repeats 10 → 40: new demand 90 → 90 (0), repeats +30 → all repeat contacts.
    const input: RootCauseInput = { ...surge(0), series: { baseline: offers(100, 10), current: offers(130, 40) }, breakdowns: {} };
    expect(rankCauses(input).map((c) => [c.factor, c.contribution])).toEqual([['repeat_contacts', 1]]);
  });
});

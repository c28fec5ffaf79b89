import { emptyCounters, type KpiCounters } from '@vahti/kpi';
import fc from 'fast-check';
import { staffedSecondsOf } from '../metrics/node-metric';
import { componentFractions, staffingComponents, unforeseenFraction, windowForecast, volumeComponents } from './driver-components';

const counters = (values: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...values });

// Agent time with the evaluator's identity: on-queue scheduled = S − planned − unplanned.
const agents = (s: number, planned: number, unplanned: number, absence: number, unscheduled: number): KpiCounters => {
  const onQueue = s - planned - unplanned;
  return counters({
    scheduledSeconds: s,
    plannedShrinkageSeconds: planned,
    unplannedShrinkageSeconds: unplanned,
    unplannedAbsenceSeconds: absence,
    onQueueScheduledSeconds: onQueue,
    availableSeconds: (onQueue + unscheduled) / 2,
    busySeconds: (onQueue + unscheduled) / 2,
  });
};

describe('driver components', () => {
  it('splits offers into new demand, repeat contacts and transfers in', () => {
    // Baseline: offers 100, first offers 95, repeats 20 → new 75, repeat 20, transferred 5.
    // Window:   offers 130, first offers 120, repeats 35 → new 85, repeat 35, transferred 10.
    const parts = volumeComponents({
      baseline: counters({ offers: 100, firstOffers: 95, repeatContacts: 20 }),
      current: counters({ offers: 130, firstOffers: 120, repeatContacts: 35 }),
    });
    expect(parts).toEqual([
      { factor: 'volume', change: 10 },
      { factor: 'repeat_contacts', change: 15 },
      { factor: 'transfers', change: 5 },
    ]);
    const fractions = componentFractions(parts);
    expect(fractions.get('volume')).toBeCloseTo(1 / 3, 12);
    expect(fractions.get('repeat_contacts')).toBeCloseTo(1 / 2, 12);
  });

  it('splits on-queue time into scheduled staff, adherence and shrinkage, as computed by hand', () => {
    // Baseline S = 36 000, planned 10 %, unplanned 5 %, no absence, 1 800 s unscheduled: on queue 32 400 s.
    // Window   S = 39 600, planned 10 %, unplanned 20 % of which absence 5 %, 1 800 s unscheduled: 29 520 s.
    //   staffing  = ΔS·(1 − p − u) + Δunscheduled = 3 600·0.85 + 0 = 3 060
    //   shrinkage = −S′·(Δp + Δa) = −39 600·(0 + 0.05) = −1 980
    //   adherence = −S′·(Δu − Δa) = −39 600·(0.15 − 0.05) = −3 960;   sum −2 880 = 29 520 − 32 400.
    const pair = { baseline: agents(36_000, 3_600, 1_800, 0, 1_800), current: agents(39_600, 3_960, 7_920, 1_980, 1_800) };
    const parts = staffingComponents(pair);
    expect(parts.map((p) => p.factor)).toEqual(['staffing', 'adherence', 'shrinkage']);
    expect(parts[0]?.change).toBeCloseTo(3060, 9);
    expect(parts[1]?.change).toBeCloseTo(-3960, 9);
    expect(parts[2]?.change).toBeCloseTo(-1980, 9);
    // The net change is a loss; of the parts that lost time, adherence 3 960/5 940, shrinkage 1 980/5 940.
    const fractions = componentFractions(parts);
    expect(fractions.get('staffing')).toBe(0);
    expect(fractions.get('adherence')).toBeCloseTo(2 / 3, 12);
    expect(fractions.get('shrinkage')).toBeCloseTo(1 / 3, 12);
  });

  it('adds up to the change of staffed time exactly (property)', () => {
    const window = fc
      .record({
        s: fc.integer({ min: 1_000, max: 100_000 }),
        planned: fc.double({ min: 0, max: 0.3, noNaN: true }),
        unplanned: fc.double({ min: 0, max: 0.3, noNaN: true }),
        absence: fc.double({ min: 0, max: 1, noNaN: true }),
        unscheduled: fc.integer({ min: 0, max: 5_000 }),
      })
      .map(({ s, planned, unplanned, absence, unscheduled }) =>
        agents(s, s * planned, s * unplanned, s * unplanned * absence, unscheduled),
      );
    fc.assert(
      fc.property(window, window, (baseline, current) => {
        const total = staffingComponents({ baseline, current }).reduce((sum, p) => sum + p.change, 0);
        expect(total).toBeCloseTo(staffedSecondsOf(current) - staffedSecondsOf(baseline), 6);
      }),
    );
  });

  it('is all staffing without a schedule', () => {
    const parts = staffingComponents({ baseline: counters({ availableSeconds: 100 }), current: counters({ availableSeconds: 40 }) });
    expect(parts).toEqual([{ factor: 'staffing', change: -60 }]);
  });

  it('tells how much of a volume rise the forecast missed', () => {
    const pair = (forecast: number, forecasted = 4) => ({
      baseline: counters({ firstOffers: 100 }),
      current: counters({
        firstOffers: 160,
        forecastContacts: forecast,
        forecastedIntervals: forecasted,
        forecastedMinutes: 15 * forecasted,
      }),
    });
    // An hour's window: (160 − max(130, 100)) / (160 − 100) = 0.5; a forecast under the baseline misses all of it; above the actual none.
    expect(unforeseenFraction(pair(130), 3600)).toBeCloseTo(0.5, 12);
    expect(unforeseenFraction(pair(90), 3600)).toBe(1);
    expect(unforeseenFraction(pair(170), 3600)).toBe(0);
    expect(unforeseenFraction(pair(130, 0), 3600)).toBeNull();
    expect(unforeseenFraction({ baseline: counters({ firstOffers: 200 }), current: pair(130).current }, 3600)).toBeNull();
    // Blocks for 45 of the window's 60 minutes (the last still open): their 97.5 contacts stand for 130 over the hour.
    const partial = {
      baseline: counters({ firstOffers: 100 }),
      current: counters({ firstOffers: 160, forecastContacts: 97.5, forecastedIntervals: 3, forecastedMinutes: 45 }),
    };
    expect(windowForecast(partial.current, 3600)).toBeCloseTo(130, 12);
    expect(unforeseenFraction(partial, 3600)).toBeCloseTo(0.5, 12);
  });
});

import fc from 'fast-check';
import { emptyCounters, kpiDefinition, type KpiCounters } from '@vahti/kpi';
import { metricValue } from './metric-value';
import { WATCHED_METRICS, watchedMetric } from './watched-metrics';

const counters = (values: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...values });

const metric = (id: string) => {
  const m = watchedMetric(id);
  if (m === undefined) {
    throw new Error(`no watched metric ${id}`);
  }
  return m;
};

describe('watched metrics', () => {
  it('alert as libs/kpi KPIs (offered volume is the one that has none), in the direction the KPI calls worse', () => {
    const ids = WATCHED_METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of WATCHED_METRICS) {
      const kpi = kpiDefinition(m.id);
      if (m.id === 'offered_volume') {
        expect(kpi).toBeUndefined();
        continue;
      }
      expect(kpi).toBeDefined();
      if (kpi?.better === 'higher') {
        expect(m.worse).toBe('lower');
      } else if (kpi?.better === 'lower') {
        expect(m.worse).toBe('higher');
      } else {
        expect(m.id).toBe('average_handle_time'); // the one band KPI: watched for running long
      }
    }
  });

  it('cover the KPIs the alerter must watch', () => {
    expect(WATCHED_METRICS.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'service_level',
        'abandonment_rate',
        'average_speed_of_answer',
        'average_handle_time',
        'transfer_rate',
        'first_contact_resolution',
        'repeat_contact_rate',
        'offered_volume',
        'volume_forecast_accuracy',
        'schedule_adherence',
      ]),
    );
  });

  it('read service level as bad = counted outcomes not answered within T', () => {
    // answered 90 (70 within T), abandoned 12 of which 2 short: counted outcomes 90 + 12 − 2 = 100, bad 100 − 70 = 30.
    const c = counters({ answered: 90, answeredWithinThreshold: 70, abandoned: 12, shortAbandoned: 2 });
    expect(metric('service_level').observe(c)).toEqual({ kind: 'proportion', bad: 30, trials: 100 });
    expect(metric('abandonment_rate').observe(c)).toEqual({ kind: 'proportion', bad: 10, trials: 100 });
    expect(metricValue(metric('service_level'), { kind: 'proportion', bad: 30, trials: 100 })).toBeCloseTo(0.7, 12);
  });

  it('read handle time as talk + hold + wrap-up with Σx² from handleSquares', () => {
    // Two contacts of 300 s and 500 s: Σx = 800, Σx² = 90,000 + 250,000 = 340,000.
    const c = counters({ handled: 2, talkSeconds: 600, holdSeconds: 50, wrapUpSeconds: 150, handleSquares: 340_000 });
    expect(metric('average_handle_time').observe(c)).toEqual({ kind: 'mean', sum: 800, sumSquares: 340_000, count: 2 });
    expect(metric('average_speed_of_answer').observe(counters({ answered: 4, answerWaitSeconds: 40, answerWaitSquares: 600 }))).toEqual({
      kind: 'mean',
      sum: 40,
      sumSquares: 600,
      count: 4,
    });
  });

  it('count adherence in agent-hours, not in seconds nor in slots (one agent out for an hour is one decision)', () => {
    // 10 agents × 900 s scheduled = 9,000 s = 2.5 agent-hours; 1,800 s of it out of adherence = 0.5 agent-hours.
    const c = counters({ scheduledSeconds: 9_000, adherentSeconds: 7_200 });
    const o = metric('schedule_adherence').observe(c);
    expect(o?.kind).toBe('proportion');
    if (o?.kind === 'proportion') {
      expect(o.trials).toBeCloseTo(2.5, 12);
      expect(o.bad).toBeCloseTo(0.5, 12);
    }
  });

  it('read volume against the forecast block that starts in the interval', () => {
    // An hourly forecast of 120 contacts on the row where the hour begins: 4 intervals.
    const c = counters({ firstOffers: 31, forecastContacts: 120, forecastedIntervals: 1, forecastedMinutes: 60 });
    expect(metric('volume_forecast_accuracy').observe(c)).toEqual({ kind: 'count', count: 31, expected: 120, expectedIntervals: 4 });
    expect(metric('volume_forecast_accuracy').observe(counters({ firstOffers: 29 }))).toEqual({ kind: 'count', count: 29 });
    expect(metric('offered_volume').observe(c)).toEqual({ kind: 'count', count: 31 });
  });

  it('give the same value as the KPI definition for any counters', () => {
    const arbitrary = fc
      .record({
        answered: fc.nat(500),
        within: fc.nat(500),
        abandoned: fc.nat(100),
        short: fc.nat(100),
        handled: fc.nat(500),
        part: fc.nat(500),
        fcr: fc.nat(50),
        fcrYes: fc.nat(50),
        scheduled: fc.nat(100_000),
        leave: fc.nat(100_000),
        adherent: fc.nat(100_000),
        seconds: fc.nat(1_000_000),
      })
      .map((r) =>
        counters({
          answered: r.answered,
          answeredWithinThreshold: Math.min(r.within, r.answered),
          abandoned: r.abandoned,
          shortAbandoned: Math.min(r.short, r.abandoned),
          handled: r.handled,
          transfers: Math.min(r.part, r.handled),
          resolvedReported: Math.min(r.part, r.handled),
          talkSeconds: r.seconds,
          answerWaitSeconds: r.seconds / 10,
          fcrResponses: r.fcr,
          fcrYes: Math.min(r.fcrYes, r.fcr),
          firstOffers: r.answered + r.abandoned,
          repeatContacts: Math.min(r.part, r.answered + r.abandoned),
          scheduledSeconds: r.scheduled + r.leave,
          leaveSeconds: r.leave,
          adherentSeconds: Math.min(r.adherent, r.scheduled),
        }),
      );
    fc.assert(
      fc.property(arbitrary, (c) => {
        for (const m of WATCHED_METRICS) {
          const kpi = kpiDefinition(m.id);
          if (kpi === undefined || m.planned === true) {
            continue; // offered volume has no KPI; forecast accuracy reads settled per-block terms (see next test)
          }
          const expected = kpi.compute({ total: { counters: c, wait: null }, agents: [], teams: [] })?.value ?? null;
          const o = m.observe(c);
          const actual = o === null ? null : metricValue(m, o);
          if (expected === null) {
            expect(actual).toBeNull();
          } else {
            expect(actual).not.toBeNull();
            expect(actual ?? NaN).toBeCloseTo(expected, 9);
          }
        }
      }),
    );
  });

  it('give forecast accuracy as the KPI does for a 15-minute forecast', () => {
    // Forecast 40, actual 50: the KPI's settled terms are |50 − 40| = 10 over 50 actual → 1 − 10/50 = 0.8.
    const c = counters({
      firstOffers: 50,
      forecastContacts: 40,
      forecastedIntervals: 1,
      forecastedMinutes: 15,
      volumeForecastAbsError: 10,
      volumeForecastActual: 50,
    });
    const kpi = kpiDefinition('volume_forecast_accuracy');
    const o = metric('volume_forecast_accuracy').observe(c);
    expect(o).not.toBeNull();
    if (o !== null && kpi !== undefined) {
      expect(metricValue(metric('volume_forecast_accuracy'), o)).toBeCloseTo(0.8, 12);
      expect(kpi.compute({ total: { counters: c, wait: null }, agents: [], teams: [] })?.value).toBeCloseTo(0.8, 12);
    }
  });
});

import fc from 'fast-check';
import { emptyCounters, type KpiCounters } from '@vahti/kpi';
import { seededRandom } from '@vahti/simulation';
import { initialMonitorState, parseMonitorState, type MonitorState } from './monitor-state';
import { stepMonitor, type MonitorInput, type MonitorStep, type ReferenceCounters } from './step-monitor';

/** `count` copies of `item`, typed (Array(n).fill gives any[]). */
const repeat = <T>(count: number, item: T): T[] => Array.from({ length: count }, () => item);
const I = 900_000;
const T0 = Date.UTC(2026, 2, 10, 8, 0); // Tuesday 10:00 in Helsinki
const HELSINKI = 120;

/** Voice-queue counters: `offered` answered or abandoned, `abandoned` of them abandoned, none short. */
const queue = (offered: number, abandoned: number): KpiCounters => ({
  ...emptyCounters(),
  firstOffers: offered,
  offers: offered,
  answered: offered - abandoned,
  answeredWithinThreshold: offered - abandoned,
  abandoned,
});

/** Handled-contact counters: `count` handled, `transferred` of them transferred. */
const handled = (count: number, transferred: number): KpiCounters => ({ ...emptyCounters(), handled: count, transfers: transferred });

/** Four reference weeks of 2 transferred in 50 handled: p0 = 8/200 = 4 %. */
const HANDLED_REFERENCES: ReferenceCounters[] = [1, 2, 3, 4].map((weeksAgo) => ({ weeksAgo, counters: handled(50, 2) }));

/** Four reference weeks of 2 abandoned in 50 each: p0 = 8/200 = 4 %. */
const REFERENCES: ReferenceCounters[] = [1, 2, 3, 4].map((weeksAgo) => ({ weeksAgo, counters: queue(50, 2) }));

function run(metric: string, inputs: ReadonlyArray<Omit<MonitorInput, 'intervalStart'>>, start?: MonitorState): MonitorStep[] {
  let state = start ?? initialMonitorState(metric);
  return inputs.map((input, i) => {
    const step = stepMonitor(state, { ...input, intervalStart: T0 + i * I, utcOffsetMinutes: HELSINKI });
    state = step.state;
    return step;
  });
}

describe('stepMonitor', () => {
  it('raises a shift from the first overwhelming interval and says so in plain language', () => {
    // Transfer rate, 14 of 50 handled against p0 = 8/200 = 4 %: the single-interval GLR at p1 = 28 %
    // is 14·ln 7 + 36·ln(0.72/0.96) = 27.2427 − 10.3566 = 16.886 nats, / 1.25 (p0 from 200 trials,
    // n = 50) = 13.51 > 13 → firing at once, since 10:00.
    const steps = run('transfer_rate', [{ counters: handled(50, 14), references: HANDLED_REFERENCES }]);
    expect(steps[0]?.signals).toHaveLength(1);
    expect(steps[0]?.signals[0]).toMatchObject({
      metric: 'transfer_rate',
      detector: 'shift',
      status: 'firing',
      severity: 'warning',
      since: T0,
      intervalStart: T0,
      value: 0.28,
      expected: 0.04,
      threshold: null,
      sample: 50,
      reason: 'transfer rate 28 % (n = 50) vs 4 % expected for Tuesday 10:00, sustained since 10:00',
    });
    expect(steps[0]?.evaluation?.expected).toBeCloseTo(0.04, 12);
  });

  it('accumulates a moderate shift and resolves it once the series is back', () => {
    // 4 of 50 (8 %, twice p0) per interval: each adds 4·ln 1.5 + 46·ln(0.94/0.96) = 1.6219 − 0.9685 = 0.6534,
    // / 1.25 = 0.5227 → the CUSUM passes h = 9 on the 18th interval (17·0.5227 = 8.886, 18·0.5227 = 9.409).
    // Then 2 of 50 (on the baseline): the recovery test against the level reached (8 % = p0·2) gains
    // −(2·ln 2 + 48·ln(0.92/0.96))/1.25 = 0.5254 a step, passes 4.5 on the 9th and holds it on the 10th.
    const inputs = [
      ...repeat(18, { counters: handled(50, 4), references: HANDLED_REFERENCES }),
      ...repeat(14, { counters: handled(50, 2), references: HANDLED_REFERENCES }),
    ];
    const steps = run('transfer_rate', inputs);
    const firstFiring = steps.findIndex((s) => s.signals.some((g) => g.status === 'firing'));
    expect(firstFiring).toBe(17);
    expect(steps[16]?.evaluation?.cusum).toBeCloseTo(17 * (0.653403 / 1.25), 3);
    const resolvedAt = steps.findIndex((s) => s.signals.some((g) => g.status === 'resolved'));
    expect(resolvedAt).toBe(27);
    expect(steps[resolvedAt]?.signals[0]).toMatchObject({ detector: 'shift', since: T0 });
    expect(steps[resolvedAt]?.state.shift.statistic).toBe(0);
  });

  it('notifies a shift of a queue outcome only while its last 30 minutes burn the budget at 3x', () => {
    // Abandonment 20 of 50 (40 %) against p0 = 4 %: the single-interval GLR at p1 = 40 % is
    // 20·ln 10 + 30·ln(0.6/0.96) = 46.05 − 14.10 = 31.95, / 1.25 = 25.6 > 13 → the shift fires at
    // once. With the 8 % target: the first interval's half hour has one of two intervals with contacts
    // and 20/50 judged at its Wilson lower bound 0.2761 (burn 3.45·1/2 = 1.73 < 3) → pending; the
    // second has 40/100 at 0.3094 (burn 3.87 ≥ 3) → notified then.
    const inputs = (threshold: { value: number; source: 'target' } | null) =>
      repeat(2, { counters: queue(50, 20), references: REFERENCES, threshold });
    const status = (steps: MonitorStep[]) => steps.map((s) => s.signals.filter((g) => g.detector === 'shift').map((g) => g.status));
    expect(status(run('abandonment_rate', inputs({ value: 0.08, source: 'target' })))).toEqual([['pending'], ['firing']]);
    // A 12 % line: burn 0.3094/0.12 = 2.58 < 3, the shift is real but the service promise holds → still pending.
    expect(status(run('abandonment_rate', inputs({ value: 0.12, source: 'target' })))).toEqual([['pending'], ['pending']]);
    // No line at all: never notified, and the episode ends without a `resolved` nobody needs.
    const unlined = run('abandonment_rate', [...inputs(null), ...repeat(14, { counters: queue(50, 0), references: REFERENCES })]);
    expect(unlined.flatMap((s) => s.signals.map((g) => g.status)).filter((g) => g !== 'pending')).toEqual([]);
    expect(unlined[1]?.state.shift.phase).toBe('firing');
    expect(unlined[15]?.state.shift.phase).toBe('watching');
  });

  it('does not judge shifts before there is a baseline, while breaches of the target still work (cold start)', () => {
    // Two reference weeks < the three needed: no baseline (and no usual level to compare with).
    // 30 of 50 abandoned against the 8 % target: burn 0.6/0.08 = 7.5; the hour's window has a sample
    // in 1 of its 4 intervals (burn counted 7.5/4 = 1.9 < 3), then in 2 (3.75 ≥ 3) → critical at 10:15.
    const twoWeeks = REFERENCES.slice(0, 2);
    const steps = run(
      'abandonment_rate',
      repeat(2, { counters: queue(50, 30), references: twoWeeks, threshold: { value: 0.08, source: 'target' } }),
    );
    expect(steps[1]?.evaluation?.baseline).toBeNull();
    expect(steps.map((s) => s.signals.map((g) => [g.detector, g.status, g.severity]))).toEqual([[], [['breach', 'firing', 'critical']]]);
    expect(steps[1]?.signals[0]?.reason).toBe('abandonment 60 % over the last 1 h (n = 100) vs target 8 % (burn rate 7.5), since 10:15');
    expect(steps[1]?.state.shift.statistic).toBe(0);
  });

  it('does not raise a breach the slot usually has (the opening burst)', () => {
    // Every reference week had 30 of 50 abandoned in these slots too (60 %, burn 7.5): the same now
    // is not news, at any coverage. Twice as bad as usual would need 120 %: impossible, so silence.
    const usualBurst = [1, 2, 3, 4].map((weeksAgo) => ({ weeksAgo, counters: queue(50, 30) }));
    const steps = run(
      'abandonment_rate',
      repeat(5, { counters: queue(50, 30), references: usualBurst, threshold: { value: 0.08, source: 'target' } }),
    );
    expect(steps.flatMap((s) => s.signals.filter((g) => g.detector === 'breach'))).toEqual([]);
    expect(steps[4]?.state.window[0]?.usual).toEqual({ kind: 'proportion', bad: 30, trials: 50 });
  });

  it('ignores an interval it has already seen or one older than the last, leaving the state untouched', () => {
    const [first] = run('transfer_rate', [{ counters: handled(50, 14), references: HANDLED_REFERENCES }]);
    if (first === undefined) {
      throw new Error('no step');
    }
    const again = stepMonitor(first.state, { intervalStart: T0, counters: handled(50, 50), references: HANDLED_REFERENCES });
    expect(again).toMatchObject({ state: first.state, signals: [], outcome: 'ignored_duplicate', evaluation: null });
    const older = stepMonitor(first.state, { intervalStart: T0 - 4 * I, counters: handled(50, 50), references: HANDLED_REFERENCES });
    expect(older.outcome).toBe('ignored_out_of_order');
    expect(older.state).toBe(first.state);
  });

  it('marks an interval computed from broken data and raises nothing from it', () => {
    // A silent stream looks like 0 contacts: the interval is marked broken, not added to any window,
    // and the firing shift is held (neither resolved nor re-raised) until the data are back.
    const steps = run('transfer_rate', [
      { counters: handled(50, 14), references: HANDLED_REFERENCES },
      { counters: handled(0, 0), references: HANDLED_REFERENCES, dataQuality: ['stream_silent'] },
      { counters: handled(50, 50), references: HANDLED_REFERENCES, dataQuality: ['surveys_unknown_contact'] }, // does not touch transfers
    ]);
    expect(steps[1]).toMatchObject({ dataQuality: 'broken', brokenReasons: ['stream_silent'], signals: [], evaluation: null });
    expect(steps[1]?.state.window).toEqual(steps[0]?.state.window);
    expect(steps[1]?.state.shift).toEqual(steps[0]?.state.shift);
    expect(steps[1]?.state.lastIntervalStart).toBe(T0 + I);
    expect(steps[2]?.dataQuality).toBe('ok');
    expect(steps[2]?.signals.map((s) => s.status)).toEqual(['firing']);
  });

  it('resolves a firing breach whose line is withdrawn', () => {
    const target = { value: 0.08, source: 'target' } as const;
    // Fired on the second interval (the hour holds two of four intervals: 7.5·2/4 = 3.75 ≥ 3), withdrawn on the third.
    const steps = run('abandonment_rate', [
      { counters: queue(50, 30), references: [], threshold: target },
      { counters: queue(50, 30), references: [], threshold: target },
      { counters: queue(50, 30), references: [] },
    ]);
    expect(steps[2]?.signals).toMatchObject([{ detector: 'breach', status: 'resolved', since: T0 + I }]);
    expect(steps[2]?.state.breach.phase).toBe('inactive');
  });

  it('detects a handle-time rise and a volume surge against their baselines', () => {
    // Handle time: four weeks of 40 contacts at 400 s (CV 0.8 from Σx²); now 40 at 700 s.
    // s = √(0.8²/40 + (π/2)·0.8²/160) = √(0.016 + 0.006283) = 0.14928; r = ln 1.75/0.14928 = 3.7488;
    // single-interval GLR r²/2 = 7.03 < 10. CUSUM (δ = 15 %): d = ln 1.15/0.14928 = 0.93624,
    // increment 0.93624·(3.7488 − 0.46812) = 3.0715: S = 3.07, 6.14 (pending ≥ 4.5), 9.21 (firing > 9).
    const handle = (seconds: number): KpiCounters => ({
      ...emptyCounters(),
      handled: 40,
      talkSeconds: 40 * seconds,
      handleSquares: 40 * seconds ** 2 * 1.64,
    });
    const refs = [1, 2, 3, 4].map((weeksAgo) => ({ weeksAgo, counters: handle(400) }));
    const aht = run('average_handle_time', repeat(4, { counters: handle(700), references: refs }));
    expect(aht.map((s) => s.signals.map((g) => g.status))).toEqual([[], ['pending'], ['firing'], ['firing']]);
    // Volume: 30 contacts in each reference week (φ = 1); 60 now. LLR 60·ln 1.3 − 9 = 6.74, / (1 + π/8) = 4.84
    // per interval (9.68 > 9 on the 2nd); the interval's own GLR 60·ln 2 − 30 = 11.6 / 1.39 = 8.3 < 13 → firing on the 2nd.
    const volume = [1, 2, 3, 4].map((weeksAgo) => ({ weeksAgo, counters: queue(30, 0) }));
    const surge = run('offered_volume', repeat(2, { counters: queue(60, 0), references: volume }));
    expect(surge.map((s) => s.signals.map((g) => g.status))).toEqual([['pending'], ['firing']]);
    expect(surge[1]?.signals[0]?.reason).toBe(
      'offered volume 60 contacts per 15 min (n = 120) vs 30 contacts per 15 min expected for Tuesday 10:15, sustained since 10:00',
    );
  });

  it('holds volume to an hourly forecast on whole blocks', () => {
    // Forecast 80 an hour (on the row where the hour begins), actual 33 every 15 minutes = 132 an hour.
    // The 10:00 block completes at 10:45: accuracy 1 − |132 − 80|/132 = 0.606, error 0.394 against a
    // 0.05 budget (target 95 %) = burn 7.9 as shown. Judged after the Poisson allowance: the miss
    // beyond 3·√80 = 26.83 is 25.17, accuracy 1 − 25.17/132 = 0.809, burn 3.81 ≥ the critical ratio
    // (1 − 0.85)/(1 − 0.95) = 3, with 132 ≥ 100 contacts → pending at 10:45 (`for` = 2), firing at 11:00.
    const hour = (q: number): KpiCounters => ({
      ...emptyCounters(),
      firstOffers: 33,
      ...(q === 0 ? { forecastContacts: 80, forecastedIntervals: 1, forecastedMinutes: 60 } : {}),
    });
    const target = { value: 0.95, source: 'target', critical: 0.85 } as const;
    const steps = run(
      'volume_forecast_accuracy',
      [0, 1, 2, 3, 0, 1].map((q) => ({ counters: hour(q), references: [], threshold: target })),
    );
    expect(steps.map((s) => s.signals.map((g) => `${g.status} ${g.severity}`))).toEqual([
      [],
      [],
      [],
      ['pending critical'],
      ['firing critical'],
      ['firing critical'],
    ]);
    expect(steps[3]?.evaluation?.value).toBeCloseTo(1 - 52 / 132, 12);
    expect(steps[4]?.signals[0]?.reason).toBe(
      'volume forecast accuracy 60.6 % over the last 2 h (n = 132) vs target 95 % (burn rate 7.9), since 10:45',
    );
  });

  it('keeps a small plain-JSON state that round-trips and gives identical outputs', () => {
    const interval = fc.record({
      offered: fc.integer({ min: 0, max: 80 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      broken: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(interval, { minLength: 1, maxLength: 40 }), (intervals) => {
        let direct = initialMonitorState('abandonment_rate');
        let stored: unknown = JSON.parse(JSON.stringify(direct));
        intervals.forEach((x, i) => {
          const input: MonitorInput = {
            intervalStart: T0 + i * I,
            counters: queue(x.offered, Math.round(x.offered * x.share)),
            references: REFERENCES,
            threshold: { value: 0.08, source: 'target' },
            ...(x.broken && i % 3 === 0 ? { dataQuality: ['impossible_values'] as const } : {}),
          };
          const restored = parseMonitorState(stored);
          expect(restored).not.toBeNull();
          const a = stepMonitor(direct, input);
          const b = stepMonitor(restored ?? direct, input);
          expect(b.signals).toEqual(a.signals);
          expect(b.state).toEqual(a.state);
          direct = a.state;
          stored = JSON.parse(JSON.stringify(b.state));
        });
        expect(JSON.stringify(direct).length).toBeLessThan(4_000);
      }),
      { numRuns: 60 },
    );
  });

  it('raises few false alarms on in-control data, with the baseline estimated from four earlier weeks', () => {
    // Eight weeks of binomial abandonment at p0 = 5 % (seeded), 48 open intervals a day with 20–60
    // offers; weeks 5–8 (1,344 intervals) are evaluated against the same slot ±15 min of the four
    // weeks before. Wald's bound (ARL0 ≥ e^9 ≈ 8,100 for a known p0) allows ≈ 0.17 alarms here; the
    // estimated baseline is corrected for (φ, 1 + n/N_ref), so the count must stay within what
    // Poisson(0.17) makes plausible, with room for the estimation: P(≥ 3) ≈ 0.0007.
    const random = seededRandom(20260310);
    const perWeek = 7 * 48;
    const data: KpiCounters[] = [];
    for (let i = 0; i < 8 * perWeek; i += 1) {
      const offered = 20 + Math.round(40 * Math.sin((Math.PI * (i % 48)) / 48));
      let abandoned = 0;
      for (let k = 0; k < offered; k += 1) {
        abandoned += random.next() < 0.05 ? 1 : 0;
      }
      data.push(queue(offered, abandoned));
    }
    let state = initialMonitorState('abandonment_rate');
    let alarms = 0;
    for (let i = 4 * perWeek; i < 8 * perWeek; i += 1) {
      const references: ReferenceCounters[] = [];
      for (let k = 1; k <= 4; k += 1) {
        for (const slotOffset of [-1, 0, 1]) {
          const counters = data[i - k * perWeek + slotOffset];
          if (counters !== undefined) {
            references.push({ weeksAgo: k, slotOffset, counters });
          }
        }
      }
      const counters = data[i] ?? queue(0, 0);
      const step = stepMonitor(state, { intervalStart: i * I, counters, references });
      alarms += state.shift.phase !== 'firing' && step.state.shift.phase === 'firing' ? 1 : 0;
      state = step.state;
    }
    expect(alarms).toBeLessThan(3);
  });

  it('refuses a state of a metric it does not know', () => {
    expect(() => stepMonitor(initialMonitorState('nonsense'), { intervalStart: T0, counters: emptyCounters(), references: [] })).toThrow(
      'unknown',
    );
    expect(parseMonitorState({ version: 2 })).toBeNull();
  });
});

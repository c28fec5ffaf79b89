import { emptyCounters, type KpiCounters } from '@vahti/kpi';
import { erlangAMetrics } from '@vahti/queueing';
import fc from 'fast-check';
import { attributeQueueing, QUEUE_FACTORS, type QueueingInput } from './queueing-attribution';

const HOUR = 3600;
const counters = (values: Partial<KpiCounters>): KpiCounters => ({ ...emptyCounters(), ...values });

// One hour, 40 offers (λ = 1/90 per s) in both windows, all answered, no abandons (so Erlang C).
// Baseline: AHT 180 s (A = 2), 5 agents on queue (18 000 agent-seconds); observed SL 38/40 = 95 %.
// Current:  AHT 270 s (A = 3), 4 agents (14 400 agent-seconds);           observed SL 22/40 = 55 %.
const input: QueueingInput = {
  kpi: 'service_level',
  windowSeconds: HOUR,
  thresholdSeconds: 20,
  counters: {
    baseline: counters({ offers: 40, answered: 40, answeredWithinThreshold: 38, handled: 40, talkSeconds: 40 * 180 }),
    current: counters({ offers: 40, answered: 40, answeredWithinThreshold: 22, handled: 40, talkSeconds: 40 * 270 }),
  },
  staffedAgentSeconds: { baseline: 5 * HOUR, current: 4 * HOUR },
};

// Hand computation (Erlang B recursion B(k) = A·B(k−1)/(k + A·B(k−1)), C = N·B/(N − A(1 − B)),
// SL = 1 − C·e^{−(N−A)·T/AHT}, T = 20 s), the four mixes that matter (volume does not move):
//   A = 2: B = 2/3, 0.4, 4/19, 2/21, 4/109 for k = 1…5; C(5, 2) = (20/109)/(5 − 2·105/109) = 4/67; C(4, 2) = 4/23.
//   A = 3: B = 3/4, 9/17, 9/26, 27/131, 81/736;          C(5, 3) = 81/343;                 C(4, 3) = 27/53.
//   v(∅)          N = 5, AHT 180: 1 − (4/67)·e^{−3·20/180}   = 1 − 0.059701·0.716531 = 0.957222
//   v(aht)        N = 5, AHT 270: 1 − (81/343)·e^{−2·20/270} = 1 − 0.236152·0.862303 = 0.796366
//   v(staff)      N = 4, AHT 180: 1 − (4/23)·e^{−2·20/180}   = 1 − 0.173913·0.800737 = 0.860741
//   v(aht, staff) N = 4, AHT 270: 1 − (27/53)·e^{−1·20/270}  = 1 − 0.509434·0.928579 = 0.526938
// Volume is a null player, so the 3-factor Shapley weights reduce to the 2-factor ones:
//   φ_aht   = ½(0.796366 − 0.957222) + ½(0.526938 − 0.860741) = −0.080428 − 0.166902 = −0.247330
//   φ_staff = ½(0.860741 − 0.957222) + ½(0.526938 − 0.796366) = −0.048241 − 0.134714 = −0.182954
//   φ_aht + φ_staff = −0.430284 = v(all) − v(∅) = 0.526938 − 0.957222.
describe('queueing attribution, Erlang C by hand', () => {
  const result = attributeQueueing(input);
  if (!result.ok) {
    throw new Error(result.reason);
  }
  const a = result.attribution;

  it('reads λ, AHT and N from the counters and picks Erlang C without abandons', () => {
    expect(a.model).toBe('erlang_c');
    expect(a.baseline).toEqual({ arrivalRate: 40 / HOUR, meanHandleSeconds: 180, agents: 5 });
    expect(a.current).toEqual({ arrivalRate: 40 / HOUR, meanHandleSeconds: 270, agents: 4 });
  });

  it('models both windows as computed by hand', () => {
    expect(a.modelled.baseline).toBeCloseTo(0.957222, 6);
    expect(a.modelled.current).toBeCloseTo(0.526938, 6);
    expect(a.observed).toEqual({ baseline: 0.95, current: 0.55 });
  });

  it('gives the hand-computed Shapley values, which add up to the modelled change', () => {
    expect(a.shapley.volume).toBe(0);
    expect(a.shapley.handle_time).toBeCloseTo(-0.24733, 5);
    expect(a.shapley.staffing).toBeCloseTo(-0.182954, 5);
    const sum = QUEUE_FACTORS.reduce((s, f) => s + a.shapley[f], 0);
    expect(sum).toBeCloseTo(a.modelled.current - a.modelled.baseline, 12);
  });

  it('gives the counterfactuals: each driver back at its baseline, the others current', () => {
    // Handle time at baseline, staffing current: v(staff) = 0.860741; staffing at baseline: v(aht) = 0.796366.
    expect(a.counterfactual.handle_time).toBeCloseTo(0.860741, 6);
    expect(a.counterfactual.staffing).toBeCloseTo(0.796366, 6);
    expect(a.counterfactual.volume).toBeCloseTo(0.526938, 6);
  });

  it('says how much of the observed change the model explains: −0.430284 / (0.55 − 0.95) = 1.0757', () => {
    expect(a.explained).toBeCloseTo(0.430284 / 0.4, 4);
  });
});

describe('queueing attribution, Erlang A', () => {
  // 20 abandons in 2 h; waits 1 000 + 3 000 + 1 000 + 1 400 s → patience (Σ all waits)/abandons = 6 400/20 = 320 s.
  const withAbandons: QueueingInput = {
    ...input,
    kpi: 'abandonment_rate',
    counters: {
      baseline: { ...input.counters.baseline, abandoned: 8, answerWaitSeconds: 1000, abandonWaitSeconds: 3000 },
      current: { ...input.counters.current, abandoned: 12, answerWaitSeconds: 1000, abandonWaitSeconds: 1400 },
    },
  };

  it('uses the pooled patience and evaluates Erlang A at the windows’ own states', () => {
    const result = attributeQueueing(withAbandons);
    expect(result.ok).toBe(true);
    if (!result.ok) {
      return;
    }
    expect(result.attribution.model).toBe('erlang_a');
    expect(result.attribution.meanPatience).toBeCloseTo(320, 10);
    const exact = erlangAMetrics({ arrivalRate: 40 / HOUR, meanServiceTime: 270, agents: 4, serviceLevelThreshold: 20, meanPatience: 320 });
    expect(result.attribution.modelled.current).toBeCloseTo(exact.abandonmentProbability, 12);
    // Observed abandonment: 8/48 and 12/52.
    expect(result.attribution.observed.baseline).toBeCloseTo(8 / 48, 12);
    expect(result.attribution.observed.current).toBeCloseTo(12 / 52, 12);
  });

  it('has Shapley values that add up to the modelled change for any state (property)', () => {
    const state = fc.record({
      offers: fc.tuple(fc.integer({ min: 20, max: 400 }), fc.integer({ min: 20, max: 400 })),
      aht: fc.tuple(fc.integer({ min: 60, max: 900 }), fc.integer({ min: 60, max: 900 })),
      agents: fc.tuple(fc.double({ min: 1, max: 60, noNaN: true }), fc.double({ min: 1, max: 60, noNaN: true })),
    });
    fc.assert(
      fc.property(state, ({ offers, aht, agents }) => {
        const window = (i: 0 | 1): KpiCounters =>
          counters({
            offers: offers[i],
            answered: offers[i],
            handled: offers[i],
            talkSeconds: offers[i] * aht[i],
            abandoned: 10,
            answerWaitSeconds: 600,
          });
        const result = attributeQueueing({
          kpi: 'service_level',
          windowSeconds: HOUR,
          thresholdSeconds: 20,
          counters: { baseline: window(0), current: window(1) },
          staffedAgentSeconds: { baseline: agents[0] * HOUR, current: agents[1] * HOUR },
        });
        expect(result.ok).toBe(true);
        if (result.ok) {
          const { shapley, modelled } = result.attribution;
          expect(shapley.volume + shapley.handle_time + shapley.staffing).toBeCloseTo(modelled.current - modelled.baseline, 9);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('queueing attribution, when the model cannot be evaluated', () => {
  it('reports a window without agent time', () => {
    const result = attributeQueueing({ ...input, staffedAgentSeconds: { baseline: 5 * HOUR, current: 0 } });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('staffed agent time') as unknown });
  });

  it('reports Erlang C without a steady state for ASA (A = 3 ≥ N = 3)', () => {
    const result = attributeQueueing({
      ...input,
      kpi: 'average_speed_of_answer',
      staffedAgentSeconds: { baseline: 5 * HOUR, current: 3 * HOUR },
    });
    expect(result.ok).toBe(false);
  });
});

import { erlangAMetrics } from '@vahti/queueing';
import { modelledValue, modelOf } from './queue-model';

// Hand computation, Erlang C for N = 3 agents, A = 2 Erlangs (λ = 2/180 per s, AHT = 180 s), T = 20 s:
//   Erlang B recursion B(k) = A·B(k−1) / (k + A·B(k−1)), B(0) = 1:
//     B(1) = 2/(1 + 2) = 2/3, B(2) = (4/3)/(2 + 4/3) = 0.4, B(3) = 0.8/(3 + 0.8) = 4/19.
//   C = N·B / (N − A·(1 − B)) = (12/19) / (3 − 2·15/19) = (12/19)/(27/19) = 4/9.
//   SL = 1 − C·e^{−(N−A)·T/AHT} = 1 − (4/9)·e^{−1/9} = 1 − 0.444444·0.894839 = 0.602294.
//   ASA = C·AHT/(N − A) = (4/9)·180/1 = 80 s.
// N = 4, same A: B(4) = 2·(4/19)/(4 + 8/19) = 2/21; C = (8/21)/(4 − 2·19/21) = 4/23;
//   SL = 1 − (4/23)·e^{−2·20/180} = 1 − 0.173913·0.800737 = 0.860741; ASA = (4/23)·180/2 = 15.6522 s.
const A2 = { arrivalRate: 2 / 180, meanHandleSeconds: 180 };
const erlangC = { thresholdSeconds: 20, meanPatience: null };

describe('queue model', () => {
  it('Erlang C at N = 3, A = 2 matches the hand computation', () => {
    expect(modelOf(erlangC)).toBe('erlang_c');
    expect(modelledValue('service_level', { ...A2, agents: 3 }, erlangC)).toBeCloseTo(1 - (4 / 9) * Math.exp(-1 / 9), 12);
    expect(modelledValue('service_level', { ...A2, agents: 3 }, erlangC)).toBeCloseTo(0.602294, 6);
    expect(modelledValue('average_speed_of_answer', { ...A2, agents: 3 }, erlangC)).toBeCloseTo(80, 10);
    expect(modelledValue('service_level', { ...A2, agents: 4 }, erlangC)).toBeCloseTo(0.860741, 6);
    expect(modelledValue('average_speed_of_answer', { ...A2, agents: 4 }, erlangC)).toBeCloseTo(360 / 23, 10);
  });

  it('interpolates linearly between whole agents: N = 3.5 is the mean of N = 3 and N = 4', () => {
    // SL: (0.602294 + 0.860741)/2 = 0.731517; ASA: (80 + 15.6522)/2 = 47.8261 s.
    expect(modelledValue('service_level', { ...A2, agents: 3.5 }, erlangC)).toBeCloseTo(0.731517, 6);
    expect(modelledValue('average_speed_of_answer', { ...A2, agents: 3.5 }, erlangC)).toBeCloseTo(47.826087, 6);
    // A quarter of the way: 0.75·0.602294 + 0.25·0.860741 = 0.666906.
    expect(modelledValue('service_level', { ...A2, agents: 3.25 }, erlangC)).toBeCloseTo(0.666906, 6);
  });

  it('has no Erlang C abandonment, and no ASA without a steady state', () => {
    expect(modelledValue('abandonment_rate', { ...A2, agents: 3 }, erlangC)).toBeNull();
    // A = 2 ≥ N = 2: unstable; SL takes its limit 0, ASA has none.
    expect(modelledValue('service_level', { ...A2, agents: 2 }, erlangC)).toBe(0);
    expect(modelledValue('average_speed_of_answer', { ...A2, agents: 2.5 }, erlangC)).toBeNull();
    // 1.5 agents: half the time N = 1 (unstable, SL 0), half N = 2 (unstable, SL 0).
    expect(modelledValue('service_level', { ...A2, agents: 1.5 }, erlangC)).toBe(0);
  });

  it('uses Erlang A when patience is known, with the 0-agent limits below one agent', () => {
    const settings = { thresholdSeconds: 20, meanPatience: 120 };
    expect(modelOf(settings)).toBe('erlang_a');
    const state = { arrivalRate: 8.5 / 300, meanHandleSeconds: 300, agents: 10 };
    const exact = erlangAMetrics({
      arrivalRate: 8.5 / 300,
      meanServiceTime: 300,
      agents: 10,
      serviceLevelThreshold: 20,
      meanPatience: 120,
    });
    expect(modelledValue('service_level', state, settings)).toBeCloseTo(exact.serviceLevel, 12);
    expect(modelledValue('abandonment_rate', state, settings)).toBeCloseTo(exact.abandonmentProbability, 12);
    expect(modelledValue('average_speed_of_answer', state, settings)).toBeCloseTo(exact.averageSpeedOfAnswer, 12);
    // 0.5 agents: half of "nobody answers" (abandonment 1) and half of one agent.
    const one = erlangAMetrics({ arrivalRate: 1 / 600, meanServiceTime: 300, agents: 1, serviceLevelThreshold: 20, meanPatience: 120 });
    const half = { arrivalRate: 1 / 600, meanHandleSeconds: 300, agents: 0.5 };
    expect(modelledValue('abandonment_rate', half, settings)).toBeCloseTo(0.5 + 0.5 * one.abandonmentProbability, 12);
    expect(modelledValue('service_level', half, settings)).toBeCloseTo(0.5 * one.serviceLevel, 12);
  });
});

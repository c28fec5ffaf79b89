import { emptyCounters, kpiDefinition } from '@vahti/kpi';
import { graphNode } from '../graph/causal-graph';
import { countsGoodOutcomes, nodeMetric, type RatioPart } from './node-metric';

const read = (node: Parameters<typeof graphNode>[0], counters: ReturnType<typeof emptyCounters>): RatioPart | number | null => {
  const metric = nodeMetric(graphNode(node), counters);
  return metric === null ? null : metric.read(counters);
};

describe('node metrics', () => {
  it('give forecast accuracy its absolute error as the bad events, also when the numerator is negative', () => {
    // 40 contacts against a forecast that missed by 100: accuracy 1 − 100/40 = −1.5, numerator 40 − 100 = −60.
    const counters = { ...emptyCounters(), volumeForecastActual: 40, volumeForecastAbsError: 100 };
    expect(read('forecast', counters)).toEqual({ numerator: -60, denominator: 40, bad: 100 });
  });

  it('count the bad events of higher-is-better shares as the rest of the denominator, and the numerator otherwise', () => {
    // Service level: 70 of 100 counted outcomes answered in T → 30 bad.
    const sl = { ...emptyCounters(), answered: 95, abandoned: 5, answeredWithinThreshold: 70 };
    expect(nodeMetric(graphNode('service_level'), sl)?.read(sl)).toEqual({ numerator: 70, denominator: 100, bad: 30 });
    // Transfer rate (lower is better): the transfers themselves.
    const transfers = { ...emptyCounters(), handled: 50, transfers: 4 };
    expect(read('transfers', transfers)).toEqual({ numerator: 4, denominator: 50 });
    expect(countsGoodOutcomes(kpiDefinition('schedule_adherence') ?? { unit: 'ratio', better: 'lower' })).toBe(true);
    expect(countsGoodOutcomes(kpiDefinition('average_handle_time') ?? { unit: 'ratio', better: 'higher' })).toBe(false);
  });
});

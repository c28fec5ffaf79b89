// K46 agent attrition and K43 early attrition, by hand, over ten days from 2025-03-01:
//   a1: states on day 0 and day 10, no HR events: on the roster, employed 10 days.
//   a2: hired day 0, left day 5 (voluntary): 5 days; a leaver and an early leaver (5 ≤ 90 days).
//   a3: first seen day 2; its leave was registered on day 1 to take effect on day 6: 4 days, a leaver.
//   a4: hired day 4, seen day 10: 6 days; a hire.
// Employed 25 agent-days, 2 leavers: annualised 2 / (25 / 365) = 29.2 (2,920 % a year).
// Early attrition: 1 early leaver / 2 hires.
import { kpiDefinition, kpiInputOf } from '@vahti/kpi';
import { applyBatch, newState, rowsOf } from '../support/evaluate-events';
import { workforceEvents } from '../support/workforce-events';

const { state, hr } = workforceEvents('att');
const day = (n: number): string => new Date(Date.parse('2025-03-01T00:00:00Z') + n * 86_400_000).toISOString();
const events = [
  state('a1', day(0), 'available'),
  state('a1', day(10), 'offline'),
  hr('a2', day(0), 'hired'),
  hr('a2', day(5), 'left', { separation: 'voluntary' }),
  state('a3', day(2), 'available'),
  hr('a3', day(1), 'left', { separation: 'involuntary', effectiveAt: day(6) }),
  hr('a4', day(4), 'hired'),
  state('a4', day(10), 'available'),
];

const input = (batches: (typeof events)[]) => {
  const s = newState();
  batches.forEach((b) => applyBatch(s, b));
  return kpiInputOf(rowsOf(s, 'day'));
};

describe('agent attrition (K46)', () => {
  it('= leavers / employed agent-years = 2 / (25 / 365)', () => {
    const value = kpiDefinition('agent_attrition')?.compute(input([events]));
    expect(value?.value).toBeCloseTo((2 * 365) / 25, 10);
    expect(value?.denominator).toBeCloseTo(25 / 365, 10);
    expect(value?.ci?.[0]).toBeLessThan(value?.value ?? 0);
  });

  it('counts the same in any order: headcount time is settled as later events arrive', () => {
    const c = input([events.slice(4), events.slice(0, 4).reverse()]).total.counters;
    expect(c.employedSeconds).toBe(25 * 86_400);
    expect([c.leavers, c.voluntaryLeavers, c.hires]).toEqual([2, 1, 2]);
  });

  it('needs 20 employed agent-years: a quarter of 80 agents, or a year of 20', () => {
    expect(kpiDefinition('agent_attrition')?.minSample).toBe(20);
  });
});

describe('early attrition (K43)', () => {
  it('= hires who left within 90 days / hires = 1 / 2, counted at the hire', () => {
    expect(kpiDefinition('early_attrition')?.compute(input([events]))?.value).toBeCloseTo(0.5, 10);
  });
});

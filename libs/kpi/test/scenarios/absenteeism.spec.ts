// K47 absenteeism, by hand: unplanned absence / scheduled work time. Three agents planned on queue
// 09:00–10:00 (10,800 s). Agent-a works it. Agent-b is off sick from 08:50 and back at 09:30:
// 1,800 s of unplanned absence. Agent-c is on agreed leave (planned absence): 3,600 s of leave,
// out of the denominator. Absenteeism = 1,800 / (10,800 − 3,600) = 25 %.
import { kpiDefinition, kpiInputOf } from '@vahti/kpi';
import { applyBatch, newState, rowsOf } from '../support/evaluate-events';
import { workforceEvents } from '../support/workforce-events';

const { schedule, state, hr } = workforceEvents('abs');
const hour = ['available', 'available', 'available', 'available'] as const;
const events = [
  schedule('team-north', '09:00:00', { 'agent-a': [...hour], 'agent-b': [...hour], 'agent-c': [...hour] }),
  state('agent-a', '08:55:00', 'available'),
  state('agent-a', '10:00:00', 'offline'),
  hr('agent-b', '08:50:00', 'absent', { absence: 'unplanned' }),
  hr('agent-b', '09:45:00', 'returned', { effectiveAt: '2025-03-03T09:30:00Z' }),
  state('agent-b', '09:30:00', 'available'),
  state('agent-b', '10:00:00', 'offline'),
  hr('agent-c', '07:00:00', 'absent', { absence: 'planned' }),
];

const compute = (batches: (typeof events)[]) => {
  const s = newState();
  batches.forEach((b) => applyBatch(s, b));
  return kpiDefinition('absenteeism')?.compute(kpiInputOf(rowsOf(s, 'day')));
};

describe('absenteeism (K47)', () => {
  it('= 1,800 / 7,200 scheduled work seconds; the sample is 2 scheduled work hours', () => {
    const value = compute([events]);
    expect(value?.value).toBeCloseTo(0.25, 10);
    expect(value?.denominator).toBeCloseTo(2, 10);
  });

  it('a late return (back-dated effectiveAt) and a schedule published after the absence give the same', () => {
    expect(compute([events.slice(1).reverse(), events.slice(0, 1)])?.value).toBeCloseTo(0.25, 10);
  });

  it('below its minimum sample (160 scheduled hours) it is not rated', () => {
    expect(kpiDefinition('absenteeism')?.minSample).toBe(160);
  });
});

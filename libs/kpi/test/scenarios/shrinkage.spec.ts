// K37 shrinkage, by hand: 1 − on-queue time / paid scheduled time, split planned and unplanned.
// Agent-1 is the adherence morning (schedule-adherence.spec.ts): per slot on queue 870, 600, 60 and
// 780 s = 2,310 of 3,600. Off queue: 840 s in the planned break (planned), and 30 s late log-in,
// 300 s aux, 60 s back late and 60 s out early while planned on queue (unplanned, 450 s).
// Agent-2 is planned the same hour on queue and reported sick (unplanned absence) from 08:50.
import { kpiDefinition, kpiInputOf } from '@vahti/kpi';
import { applyBatch, newState, rowsOf } from '../support/evaluate-events';
import { workforceEvents } from '../support/workforce-events';

const { schedule, state, hr } = workforceEvents('shr');
const events = [
  schedule('team-north', '09:00:00', {
    'agent-1': ['available', 'available', 'break', 'available'],
    'agent-2': ['available', 'available', 'available', 'available'],
  }),
  state('agent-1', '08:00:00', 'offline'),
  state('agent-1', '09:00:30', 'available'),
  state('agent-1', '09:20:00', 'aux'),
  state('agent-1', '09:25:00', 'available'),
  state('agent-1', '09:31:00', 'aux'),
  state('agent-1', '09:46:00', 'available'),
  state('agent-1', '09:59:00', 'offline'),
  state('agent-1', '10:30:00', 'available'),
  hr('agent-2', '08:50:00', 'absent', { absence: 'unplanned' }),
];

const s = newState();
applyBatch(s, events);
const rows = rowsOf(s, 'day');
const value = (id: string, agent?: string) =>
  kpiDefinition(id)?.compute(
    kpiInputOf(
      agent === undefined ? rows : rows.filter((r) => r.dimensionValue === agent).map((r) => ({ ...r, dimension: 'all' as const })),
    ),
  )?.value;

describe('shrinkage (K37)', () => {
  it('agent-1: 1 − 2,310 / 3,600 = planned 840 + unplanned 450 of 3,600 s', () => {
    expect(value('shrinkage', 'agent-1')).toBeCloseTo(1 - 2310 / 3600, 10);
    expect(value('planned_shrinkage', 'agent-1')).toBeCloseTo(840 / 3600, 10);
    expect(value('unplanned_shrinkage', 'agent-1')).toBeCloseTo(450 / 3600, 10);
  });

  it('with agent-2 absent all hour: 1 − 2,310 / 7,200; the absence is unplanned shrinkage', () => {
    expect(value('shrinkage')).toBeCloseTo(1 - 2310 / 7200, 10);
    expect(value('unplanned_shrinkage')).toBeCloseTo((450 + 3600) / 7200, 10);
    expect(value('planned_shrinkage')).toBeCloseTo(840 / 7200, 10);
  });

  it('is not the not-ready share: that is aux / logged-in time and ignores the absent agent', () => {
    // agent-1 logged in 09:00:30–09:59 (10:30 on is still open): aux 5 + 15 = 20 min of 58.5 min.
    expect(value('not_ready_share')).toBeCloseTo(20 / 58.5, 10);
  });
});

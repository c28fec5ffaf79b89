// K38 schedule adherence, by hand. Agent-1 is planned 09:00 available, 09:15 available, 09:30 break,
// 09:45 available, then offline. States: offline 08:00, available 09:00:30, aux 09:20, available
// 09:25, aux 09:31, available 09:46, offline 09:59, available 10:30 (so 09:59–10:00 is observed).
//   09:00 slot: 30 s late log-in is within the 60 s grace after the offline → 900 of 900 s adhere.
//   09:15 slot: 5 minutes of unscheduled aux → 600 of 900.
//   09:30 slot: break taken 1 min late, inside the grace → 900 of 900.
//   09:45 slot: back 1 min late (grace after the break) and out 1 min early (grace before offline) → 900.
// Adherence = 3,300 / 3,600 s.
import type { VahtiEvent } from '@vahti/contracts';
import { kpiDefinition, kpiInputOf, type KpiInput } from '@vahti/kpi';
import { applyBatch, newState, rowsOf } from '../support/evaluate-events';
import { at, workforceEvents } from '../support/workforce-events';

const { schedule, state } = workforceEvents('adh');
const plan = schedule('team-north', '09:00:00', { 'agent-1': ['available', 'available', 'break', 'available'] });
const states: VahtiEvent[] = [
  state('agent-1', '08:00:00', 'offline'),
  state('agent-1', '09:00:30', 'available'),
  state('agent-1', '09:20:00', 'aux'),
  state('agent-1', '09:25:00', 'available'),
  state('agent-1', '09:31:00', 'aux'),
  state('agent-1', '09:46:00', 'available'),
  state('agent-1', '09:59:00', 'offline'),
  state('agent-1', '10:30:00', 'available'),
];

function run(batches: VahtiEvent[][]): { day: KpiInput; at0915: KpiInput } {
  const s = newState();
  for (const batch of batches) {
    applyBatch(s, batch);
  }
  return { day: kpiInputOf(rowsOf(s, 'day')), at0915: kpiInputOf(rowsOf(s, 'interval', Date.parse(at('09:15:00')))) };
}

const adherence = (input: KpiInput) => kpiDefinition('schedule_adherence')?.compute(input);

describe('schedule adherence (K38)', () => {
  it('= 3,300 / 3,600 scheduled seconds over the morning', () => {
    const { day } = run([[plan, ...states]]);
    expect(adherence(day)?.value).toBeCloseTo(3300 / 3600, 10);
    expect(adherence(day)?.denominator).toBeCloseTo(1, 10); // one scheduled agent hour
  });

  it('per interval: the 09:15 slot adheres 600 of 900 s', () => {
    expect(adherence(run([[plan, ...states]]).at0915)?.value).toBeCloseTo(600 / 900, 10);
  });

  it('gives the same whichever arrives first, schedule or states, in any batching', () => {
    const expected = adherence(run([[plan, ...states]]).day)?.value;
    expect(adherence(run([[...states].reverse(), [plan]]).day)?.value).toBeCloseTo(expected ?? NaN, 10);
    expect(adherence(run([states.slice(0, 4), [plan], states.slice(4).reverse()]).day)?.value).toBeCloseTo(expected ?? NaN, 10);
  });

  it('a republished plan replaces the team plan: with the break moved to 09:15, the 5-minute aux adheres and the late break does not', () => {
    const later = schedule('team-north', '09:00:00', { 'agent-1': ['available', 'break', 'available', 'available'] }, '08:30:00');
    // 09:00 available: 900 (on queue through the 09:14–09:15 grace before the break).
    // 09:15 break: aux 09:20–09:25 (300) plus the on-queue grace minutes at either end, next to
    //   available slots (09:15–09:16, 09:29–09:30) → 420.
    // 09:30 available: on queue 09:30–09:31 (60), then aux → 60.
    // 09:45 available: the aux minute 09:45–09:46 now follows an available slot, no grace → 840.
    const { day } = run([[states[0] as VahtiEvent, later], states.slice(1), [plan]]);
    expect(adherence(day)?.value).toBeCloseTo((900 + 420 + 60 + 840) / 3600, 10);
  });

  it('rolls up to team and agent rows', () => {
    const s = newState();
    applyBatch(s, [plan, ...states]);
    const rows = rowsOf(s, 'day');
    const team = rows.find((r) => r.dimension === 'team' && r.dimensionValue === 'team-north');
    const agent = rows.find((r) => r.dimension === 'agent' && r.dimensionValue === 'agent-1');
    expect(team?.aggregate.counters.adherentSeconds).toBe(3300);
    expect(agent?.aggregate.counters.scheduledSeconds).toBe(3600);
  });
});

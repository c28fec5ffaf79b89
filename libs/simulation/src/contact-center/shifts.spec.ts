import { createEventValidator, type EventOf, type VahtiEvent } from '@vahti/contracts';
import { exampleScenario } from '../scenario/example-scenario';
import type { Scenario } from '../scenario/scenario-schema';
import { simulateContactCenter } from './simulate-contact-center';

type StateChanged = EventOf<'io.vahti.agent.state_changed.v1'>;
const BREAKS = { count: 2, minutes: 15, lunchMinutes: 30 };

function run(adherence: number, change: Partial<Scenario> = {}): readonly VahtiEvent[] {
  const scenario = exampleScenario();
  return simulateContactCenter({
    ...scenario,
    teams: scenario.teams.map((t) => ({ ...t, adherence, breaks: BREAKS })),
    ...change,
  }).events;
}

function ofType<T extends VahtiEvent['type']>(events: readonly VahtiEvent[], type: T): EventOf<T>[] {
  return events.filter((e): e is EventOf<T> => e.type === type);
}

// Share of scheduled agent-minutes where the agent did what the plan says: on queue (available,
// busy, wrap-up) when planned available, in aux with the break's name when planned break/lunch.
function adherenceShare(events: readonly VahtiEvent[]): number {
  const planned = new Map<string, [number, string][]>();
  for (const s of ofType(events, 'io.vahti.schedule.published.v1')) {
    for (const e of s.data.entries) {
      const minutes = planned.get(e.agentId) ?? [];
      planned.set(e.agentId, minutes);
      for (let m = 0; m < s.data.intervalMinutes; m += 1) {
        minutes.push([Date.parse(e.intervalStart) + m * 60_000, e.activity]);
      }
    }
  }
  const byAgent = new Map<string, StateChanged[]>();
  for (const e of ofType(events, 'io.vahti.agent.state_changed.v1')) {
    byAgent.set(e.data.agentId, [...(byAgent.get(e.data.agentId) ?? []), e]);
  }
  let total = 0;
  let inAdherence = 0;
  for (const [agentId, minutes] of planned) {
    const states = byAgent.get(agentId) ?? [];
    let next = 0;
    let current: StateChanged['data'] | undefined;
    for (const [at, activity] of minutes.sort((a, b) => a[0] - b[0])) {
      while (next < states.length && Date.parse((states[next] as StateChanged).time) <= at) {
        current = (states[next] as StateChanged).data;
        next += 1;
      }
      const onQueue = current !== undefined && ['available', 'busy', 'wrap_up'].includes(current.state);
      total += 1;
      if (activity === 'available' ? onQueue : current?.state === 'aux' && current.auxReason === activity) {
        inAdherence += 1;
      }
    }
  }
  return inAdherence / total;
}

describe('shifts: breaks and absence', () => {
  it('publishes breaks and lunch in 15-minute schedules and agents take them, all events valid', () => {
    const events = run(0.95);
    const validate = createEventValidator();
    expect(events.filter((e) => !validate(e).ok)).toEqual([]);
    const schedules = ofType(events, 'io.vahti.schedule.published.v1');
    expect(schedules.every((s) => s.data.intervalMinutes === 15 && s.data.entries.length <= 500)).toBe(true);
    const activities = schedules.flatMap((s) => s.data.entries.map((e) => e.activity));
    // 40 agents × (2 × 15 min + 30 min) = 40 × 4 slots.
    expect(activities.filter((a) => a === 'break')).toHaveLength(40 * 2);
    expect(activities.filter((a) => a === 'lunch')).toHaveLength(40 * 2);
    const aux = ofType(events, 'io.vahti.agent.state_changed.v1').filter((e) => e.data.state === 'aux');
    const agentsOn = (reason: string) => new Set(aux.filter((e) => e.data.auxReason === reason).map((e) => e.data.agentId)).size;
    expect(agentsOn('break')).toBeGreaterThan(35);
    expect(agentsOn('lunch')).toBeGreaterThan(35);
  });

  it('adherence 0.7 instead of 1.0 lowers the in-adherence share measurably', () => {
    const full = adherenceShare(run(1));
    const low = adherenceShare(run(0.7));
    expect(full).toBeGreaterThan(0.85);
    expect(full - low).toBeGreaterThan(0.15);
  });

  it('absent agents report unplanned absence, do not log on that day and report their return', () => {
    const scenario = exampleScenario();
    const events = run(0.95, { days: 2, teams: scenario.teams.map((t) => ({ ...t, absenceRate: 0.15 })) });
    const changes = ofType(events, 'io.vahti.employee.changed.v1');
    const absent = changes.filter((e) => e.data.change === 'absent');
    expect(absent.length).toBeGreaterThan(3);
    expect(absent.every((e) => e.data.absence === 'unplanned')).toBe(true);
    expect(changes.some((e) => e.data.change === 'returned')).toBe(true);
    const firstDay = absent.filter((e) => e.time.startsWith('2026-03-02'));
    const states = ofType(events, 'io.vahti.agent.state_changed.v1').filter((e) => e.time.startsWith('2026-03-02'));
    for (const e of firstDay) {
      expect(states.filter((s) => s.data.agentId === e.data.agentId)).toEqual([]);
    }
    expect(firstDay.length).toBeGreaterThan(0);
  });
});
